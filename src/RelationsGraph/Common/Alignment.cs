using System.Runtime.InteropServices;

namespace RelationsGraph.Common;

/// <summary>Cache-line alignment of pinned arrays, for the kernels that keep each node's vectors on whole lines.</summary>
internal static class Alignment
{
    /// <summary>The offset, in elements of <paramref name="size"/> bytes, of the first 64-byte boundary in the pinned <paramref name="array"/>.</summary>
    public static int Offset64(Array array, int size)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        return (int)((64 - (address & 63)) & 63) / size;
    }
}
