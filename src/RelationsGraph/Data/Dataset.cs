using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Model;

namespace RelationsGraph.Data;

/// <summary>An embedded, cited dataset: its network, the sources its relations cite, and time-varying attributes.</summary>
public sealed class Dataset
{
    /// <summary>How many years back an attribute value is carried (a value older than this is missing).</summary>
    public const int AttributeWindow = 5;

    private readonly Lazy<AttributeSeries> lazySeries;
    private readonly ConcurrentDictionary<int, RelationsNetwork> byYear = new();

    internal Dataset(string name, RelationsNetwork network, IReadOnlyList<DatasetSource> sources, IReadOnlyList<string> notes, Lazy<AttributeSeries>? series = null)
    {
        Name = name;
        Network = network;
        Sources = sources;
        Notes = notes;
        lazySeries = series ?? new Lazy<AttributeSeries>(() => new AttributeSeries());
    }

    /// <summary>The dataset's name (e.g. <c>world</c>, <c>world-2023</c>).</summary>
    public string Name { get; }

    /// <summary>The relations network (actors, blocs, memberships and relations with validity periods).</summary>
    public RelationsNetwork Network { get; }

    /// <summary>The sources, in file order.</summary>
    public IReadOnlyList<DatasetSource> Sources { get; }

    /// <summary>Notes from reading the files (none for a well-formed dataset).</summary>
    public IReadOnlyList<string> Notes { get; }

    private AttributeSeries Series => lazySeries.Value;

    /// <summary>The names of the time-varying attributes (e.g. <c>gdp</c>, <c>population</c>, <c>cinc</c>, <c>idealpoint</c>); empty when the dataset has none.</summary>
    public IReadOnlyCollection<string> AttributeNames => Series.Names;

    /// <summary>The source a relation cites.</summary>
    /// <param name="relation">A relation of <see cref="Network"/>.</param>
    /// <returns>The source, or <see langword="null"/> when it cites none.</returns>
    public DatasetSource? SourceOf(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Sources.FirstOrDefault(s => string.Equals(s.Ref, relation.Reference, StringComparison.Ordinal));
    }

    /// <summary>
    /// A time-varying attribute of an actor in a year: the value of the latest year at or before <paramref name="year"/>,
    /// at most <see cref="AttributeWindow"/> years older.
    /// </summary>
    /// <param name="id">The actor id.</param>
    /// <param name="name">The attribute (e.g. <c>gdp</c> in current US$ billions, <c>population</c> in millions).</param>
    /// <param name="year">The year.</param>
    /// <returns>The value, or <see langword="null"/> when none is known within the window.</returns>
    public double? Attribute(string id, string name, int year)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        return Series.Get(id, name, year, AttributeWindow)?.Value;
    }

    /// <summary>The year the value given by <see cref="Attribute(string, string, int)"/> comes from.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="name">The attribute.</param>
    /// <param name="year">The year asked for.</param>
    /// <returns>The year of the value, or <see langword="null"/> when none is known within the window.</returns>
    public int? AttributeYear(string id, string name, int year)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        return Series.Get(id, name, year, AttributeWindow)?.Year;
    }

    /// <summary>
    /// The network with the same relations, every actor's time-varying attributes set to their values for the date's
    /// year (see <see cref="Attribute(string, string, int)"/>), plus <c>gdp_year</c> (the year of the GDP figure).
    /// An attribute with no value within the window is removed from the actor. For a dataset without time-varying
    /// attributes this is <see cref="Network"/>. The result is cached per year.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The network at that date.</returns>
    public RelationsNetwork NetworkAt(DateOnly date)
    {
        if (Series.IsEmpty)
        {
            return Network;
        }

        return byYear.GetOrAdd(date.Year, year =>
        {
            var actors = ImmutableArray.CreateBuilder<Actor>(Network.Actors.Length);
            foreach (var actor in Network.Actors)
            {
                var attributes = actor.Attributes.ToBuilder();
                foreach (var name in Series.Names)
                {
                    if (Series.Get(actor.Id, name, year, AttributeWindow) is { } v)
                    {
                        attributes[name] = v.Value.ToString("R", CultureInfo.InvariantCulture);
                        if (name == "gdp")
                        {
                            attributes["gdp_year"] = v.Year.ToString(CultureInfo.InvariantCulture);
                        }
                    }
                    else
                    {
                        attributes.Remove(name);
                        if (name == "gdp")
                        {
                            attributes.Remove("gdp_year");
                        }
                    }
                }

                actors.Add(actor with { Attributes = attributes.ToImmutable() });
            }

            return new RelationsNetwork(actors.MoveToImmutable(), Network.Relations);
        });
    }
}
