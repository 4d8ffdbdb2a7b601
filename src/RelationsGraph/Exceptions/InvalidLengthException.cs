namespace RelationsGraph;

/// <summary>An edge length is not usable: NaN, zero, negative, or infinite from a custom function. The message names the tie.</summary>
public sealed class InvalidLengthException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The tie's source id.</param>
    /// <param name="target">The tie's target id.</param>
    /// <param name="weight">The tie's signed weight.</param>
    /// <param name="length">The length computed for it.</param>
    /// <param name="lengthName">The name of the edge length.</param>
    public InvalidLengthException(string source, string target, double weight, double length, string lengthName)
        : base($"edge length '{lengthName}' gives the tie {source}-{target} (weight {weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}) the length {length.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; lengths must be finite and above zero")
    {
        SourceId = source;
        TargetId = target;
        Length = length;
    }

    /// <summary>The tie's source actor id.</summary>
    public string SourceId { get; }

    /// <summary>The tie's target actor id.</summary>
    public string TargetId { get; }

    /// <summary>The rejected length.</summary>
    public double Length { get; }
}
