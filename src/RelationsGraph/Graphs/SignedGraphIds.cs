using System.Collections;

namespace RelationsGraph.Graphs;

/// <summary>
/// A graph's node ids: read-only and unique by construction, so results may share the array instead of copying it
/// and checking it again.
/// </summary>
internal sealed class SignedGraphIds(string[] ids) : IReadOnlyList<string>
{
    public string[] Array { get; } = ids;

    public int Count => Array.Length;

    public string this[int index] => Array[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Array).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Array.GetEnumerator();
}
