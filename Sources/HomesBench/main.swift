// homes-bench: prints speed and memory figures for the data core (load, index, query),
// the browser core (keystroke to redrawn grid), the register over time, the grouped
// views, pastes and sort switching, and a soak of random events. Run it from a release build:
//   swift run -c release homes-bench [data|browser|register|groups|paste|soak] [options]
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "data": DataBenchmark.run(Array(arguments.dropFirst()))
case "browser": BrowserBenchmark.run(Array(arguments.dropFirst()))
case "register": RegisterBenchmark.run(Array(arguments.dropFirst()))
case "groups": GroupsBenchmark.run(Array(arguments.dropFirst()))
case "paste": PasteBenchmark.run(Array(arguments.dropFirst()))
case "soak": exit(SoakBenchmark.run(Array(arguments.dropFirst())))
case nil:
    DataBenchmark.run([])
    BrowserBenchmark.run([])
    RegisterBenchmark.run([])
    GroupsBenchmark.run([])
    PasteBenchmark.run([])
default:
    print("usage: homes-bench [data|browser|register|groups|paste|soak] [options]")
}
