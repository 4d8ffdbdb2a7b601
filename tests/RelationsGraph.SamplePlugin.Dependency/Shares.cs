namespace RelationsGraph.SamplePlugin.Dependency;

/// <summary>Shares of a whole, in an assembly of its own so that the plugin has a dependency the host lacks.</summary>
public static class Shares
{
    /// <summary>part / whole, NaN when the whole is empty.</summary>
    public static double Of(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
