using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// CI runs this namespace a second time with <c>DOTNET_EnableAVX512=0</c> (.ci/run), so every path and betweenness
/// test also passes on the kernels used without AVX-512. This test proves that the variable took effect.
/// </summary>
public sealed class KernelFallbackTests
{
    [Fact]
    public void Avx512DisabledByEnvironment_WideKernelsStandDown()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("DOTNET_EnableAVX512") == "0", "only in the run with DOTNET_EnableAVX512=0");

        Assert.False(WideBfsWorker.IsSupported);
        Assert.False(WideDialWorker.IsSupported);
        Assert.False(WideRealWorker.IsSupported);
    }
}
