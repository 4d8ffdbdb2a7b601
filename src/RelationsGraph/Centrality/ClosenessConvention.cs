namespace RelationsGraph.Centrality;

/// <summary>How closeness treats graphs that are not connected.</summary>
public enum ClosenessConvention
{
    /// <summary>
    /// networkx <c>closeness_centrality</c> (wf_improved, Wasserman &amp; Faust 1994): ((r−1)/(n−1)) · ((r−1)/Σd), r the
    /// number of nodes reached including itself; 0 for a node that reaches nobody. The default.
    /// </summary>
    NetworkX = 0,

    /// <summary>igraph <c>closeness(normalized=True)</c>: (r−1)/Σd over the reached nodes only; NaN for a node that reaches nobody.</summary>
    IGraph,
}
