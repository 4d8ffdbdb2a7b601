using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks;

if (args is ["--scale", var nodes, var edges])
{
    RelationsGraph.Benchmarks.Graphs.ScaleProbe.Run(int.Parse(nodes, System.Globalization.CultureInfo.InvariantCulture), int.Parse(edges, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// Exits non-zero when any benchmark failed to build or run, so scripts and CI notice.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
