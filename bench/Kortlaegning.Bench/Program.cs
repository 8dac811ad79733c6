using BenchmarkDotNet.Running;
using Kortlaegning.Bench.Allocation;

// "allocation" is a plain timing run against PuLP/CBC (bench/allocation/run.sh); everything else is BenchmarkDotNet.
if (args.Length > 0 && args[0] == "allocation")
{
    AllocationComparison.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "allocation-phases")
{
    AllocationComparison.Phases(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "allocation-cutoff")
{
    AllocationCutoff.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "allocation-bounds")
{
    AllocationBounds.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "network")
{
    Kortlaegning.Bench.Network.NetworkComparison.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "own-areas-read")
{
    Kortlaegning.Bench.OwnAreas.BoundaryReadTiming.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
