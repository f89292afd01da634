// homes-bench: prints speed and memory figures for the data core (load, index, query)
// and the browser core (keystroke to redrawn grid). Run it from a release build:
//   swift run -c release homes-bench [data|browser|groups] [options]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "data": DataBenchmark.run(Array(arguments.dropFirst()))
case "browser": BrowserBenchmark.run(Array(arguments.dropFirst()))
case "groups": GroupsBenchmark.run(Array(arguments.dropFirst()))
case nil:
    DataBenchmark.run([])
    BrowserBenchmark.run([])
default:
    print("usage: homes-bench [data|browser|groups] [options]")
}
