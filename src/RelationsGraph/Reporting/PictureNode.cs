using RelationsGraph.Model;

namespace RelationsGraph.Reporting;

/// <summary>One node of a <see cref="NetworkPicture"/>, with its position.</summary>
/// <param name="Id">The actor id.</param>
/// <param name="Name">The actor's name.</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="Role">Side, candidate or bloc.</param>
/// <param name="Rank">The candidate's rank (null for sides and blocs).</param>
/// <param name="Score">The candidate's score in [0, 1] (null for sides and blocs).</param>
/// <param name="X">Horizontal position (side A left, side B right), in drawing units.</param>
/// <param name="Y">Vertical position (down is positive, as on screen), in drawing units.</param>
public sealed record PictureNode(string Id, string Name, ActorKind Kind, PictureRole Role, int? Rank, double? Score, double X, double Y);
