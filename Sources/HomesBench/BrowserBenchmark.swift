/// Keystroke-to-redraw figures for the browser core. (Being built.)
enum BrowserBenchmark {
    static func run(_ arguments: [String]) { print("browser benchmark: not built yet") }
}
