using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Trade dependence from the CIA World Factbook's <c>export_partners</c> and <c>import_partners</c> (editions from
/// 1999): a directed relation of kind <c>trade</c> from the reporting state to each partner with a share of at least
/// 5 %, weight = the larger of the export and import shares (0–1) rounded to the nearest 0.05, attribute
/// <c>flow</c> = the flow(s) giving it (<c>export</c>, <c>import</c> or <c>export;import</c>).
/// <list type="bullet">
/// <item>Year rule: a figure belongs to the year printed after the list ("(2019)", "(2019 est.)", "(FY99/00)" → 2000);
/// without one, to the edition's year minus one (an edition reflects roughly the previous year). For a state and data
/// year the latest edition wins. A figure holds from its data year until the state's next data year; the figures of a
/// state's last data year stay open (<c>observed_to</c> = that year). Consecutive years with the same rounded share
/// merge into one relation.</item>
/// <item>Parsing: the text after "note" is dropped, and so is every parenthesis (sub-shares such as "EU 45% (UK 33%)",
/// alternative names such as "Burma (Myanmar)"); items are separated by commas or semicolons and read as
/// "NAME SHARE%". An item without a share, or with a share below 5 %, is left out and counted.</item>
/// <item>Partners: the curated table <c>curated/factbook-partners.csv</c> (abbreviations, misspellings, regions and
/// groups left out with their reason), then the crosswalk's patterns; a partner that maps to nothing is a build error
/// naming file, line and field. The EU is kept as the bloc node <c>EU</c> (when the dataset has it); territories and
/// entities outside the UN (Hong Kong, Taiwan, Macau, Puerto Rico, …) are left out and counted.</item>
/// </list>
/// </summary>
internal static partial class Trade
{
    public const string File = "factbook/fields.csv.gz";

    public const double MinimumShare = 0.05;

    public static void Add(BuildContext context)
    {
        var cite = context.Cite("factbook-trade", "CIA World Factbook: export and import partners", File);
        var names = new NameMap(context, "factbook-partners.csv");

        // (reporter, flow) -> data year -> (edition, partner -> share)
        var figures = new Dictionary<(string Reporter, string Flow), SortedDictionary<int, (int Edition, SortedDictionary<string, double> Shares)>>();
        var lastEdition = 0;
        foreach (var row in context.Sources.Rows(File))
        {
            var field = row["field"];
            if (field is not ("export_partners" or "import_partners"))
            {
                continue;
            }

            var edition = row.Int("edition");
            context.Sources.CheckYear(row, "edition", edition);
            lastEdition = Math.Max(lastEdition, edition);
            var flow = field == "export_partners" ? "export" : "import";
            if (!context.Codes.TryFips(row["fips"], out var reporter) || !context.IsState(reporter))
            {
                context.Exclude(File, "reporter not a state of the dataset (territory or non-UN entity)");
                continue;
            }

            var (year, shares) = Parse(context, names, row);
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(File, "data year before 1995");
                continue;
            }

            if (!figures.TryGetValue((reporter, flow), out var byYear))
            {
                figures[(reporter, flow)] = byYear = [];
            }

            if (!byYear.TryGetValue(year, out var prior) || prior.Edition < edition)
            {
                byYear[year] = (edition, shares);
            }
        }

        // (reporter, partner) -> year -> flow -> share; the open end of each reporter's last figures per flow.
        var series = new SortedDictionary<(string Reporter, string Partner), SortedDictionary<int, SortedDictionary<string, double>>>();
        var openFrom = new Dictionary<(string Reporter, string Flow), int>();
        foreach (var ((reporter, flow), byYear) in figures)
        {
            var dataYears = byYear.Keys.ToList();
            var lastYear = dataYears[^1];
            if (byYear[lastYear].Edition == lastEdition)
            {
                openFrom[(reporter, flow)] = lastYear;
            }

            for (var i = 0; i < dataYears.Count; i++)
            {
                var from = dataYears[i];
                var to = i + 1 < dataYears.Count ? dataYears[i + 1] - 1 : from;
                foreach (var (partner, share) in byYear[from].Shares)
                {
                    for (var y = from; y <= to; y++)
                    {
                        if (context.IsState(partner) && !context.IsActive(partner, y))
                        {
                            continue;
                        }

                        if (!series.TryGetValue((reporter, partner), out var s))
                        {
                            series[(reporter, partner)] = s = [];
                        }

                        (s.TryGetValue(y, out var flows) ? flows : s[y] = new(StringComparer.Ordinal))[flow] = share;
                    }
                }
            }
        }

        foreach (var ((reporter, partner), s) in series)
        {
            // The weight is the larger of the export and import shares; flow names the flow(s) that give it.
            var values = s.ToDictionary(kv => kv.Key, kv =>
            {
                var max = kv.Value.Values.Max();
                return (Share: max, Flow: string.Join(';', kv.Value.Where(f => f.Value == max).Select(f => f.Key)));
            });
            foreach (var value in values.Values.Distinct().OrderBy(v => v.Share).ThenBy(v => v.Flow, StringComparer.Ordinal))
            {
                foreach (var (first, last) in Spells.Runs(values.Where(kv => kv.Value == value).Select(kv => kv.Key)))
                {
                    var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["flow"] = value.Flow };
                    DateOnly? end = Spells.YearEnd(last);
                    var openYears = value.Flow.Split(';').Select(f => openFrom.TryGetValue((reporter, f), out var y) ? y : -1).ToList();
                    if (openYears.All(y => y == last))
                    {
                        end = null;
                        attributes["observed_to"] = last.ToString(CultureInfo.InvariantCulture);
                    }

                    context.AddRelation(new DatasetRelation(reporter, partner, value.Share, "trade", Spells.YearStart(first), end, true, cite, attributes));
                }
            }
        }
    }

    /// <summary>The data year and the partner shares (rounded to 0.05, at least 5 %) of one partners text.</summary>
    public static (int Year, SortedDictionary<string, double> Shares) Parse(BuildContext context, NameMap names, SourceRow row)
    {
        var text = row["content"];
        var edition = row.Int("edition");
        var note = NoteStart().Match(text);
        if (note.Success)
        {
            text = text[..note.Index];
        }

        var year = edition - 1;
        var stated = StatedYear().Matches(text);
        if (stated.Count > 0)
        {
            var m = stated[^1];
            year = m.Groups["fy"].Success
                ? int.Parse(m.Groups["fy"].Value, CultureInfo.InvariantCulture) is var yy && yy < 50 ? 2000 + yy : 1900 + yy
                : int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        text = Parenthesis().Replace(text, " ");
        var shares = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var pieces = text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            var item = Item().Match(piece);
            if (!item.Success && i + 1 < pieces.Length && Item().Match(piece + ", " + pieces[i + 1]) is { Success: true } joined
                && names.IsListed(joined.Groups["name"].Value.Trim()))
            {
                // A name with a comma ("Korea, South 5%").
                item = joined;
                i++;
            }

            if (!item.Success)
            {
                context.Exclude(File, "partner without a share");
                continue;
            }

            var share = double.Parse(item.Groups["share"].Value, CultureInfo.InvariantCulture) / 100;
            if (share < MinimumShare)
            {
                context.Exclude(File, "partner share below 5%");
                continue;
            }

            var name = item.Groups["name"].Value.Trim();
            var entry = names.Resolve(name)
                ?? throw row.Error("content", $"partner '{name}' maps to no state or bloc; add it to tools/RelationsGraph.WorldBuilder/curated/factbook-partners.csv");
            string partner;
            switch (entry.Kind)
            {
                case NameKind.Exclude:
                    context.Exclude(File, "partner " + entry.Note);
                    continue;
                case NameKind.Bloc when !context.Actors.ContainsKey(entry.Ids[0]):
                    context.Exclude(File, $"partner bloc {entry.Ids[0]} is not a node of the dataset");
                    continue;
                case NameKind.Group:
                    context.Exclude(File, "partner group " + entry.Name);
                    continue;
                default:
                    partner = entry.Ids[0];
                    break;
            }

            if (entry.Kind == NameKind.State && !context.IsState(partner))
            {
                context.Exclude(File, "partner not a state of the dataset (territory or non-UN entity)");
                continue;
            }

            if (context.Codes.TryFips(row["fips"], out var reporter) && reporter == partner)
            {
                context.Exclude(File, "partner is the reporter");
                continue;
            }

            var rounded = Math.Round(Math.Round(share / 0.05, MidpointRounding.AwayFromZero) * 0.05, 2);
            shares[partner] = Math.Max(shares.GetValueOrDefault(partner), rounded);
        }

        return (year, shares);
    }

    [GeneratedRegex(@"\bnote\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"\((?:FY\d{2}/(?<fy>\d{2})|(?<y>(?:19|20)\d{2}))(?:\s*est\.?)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex StatedYear();

    [GeneratedRegex(@"\([^)]*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?<name>.*?\D)\s*(?<share>\d+(?:\.\d+)?)\s*%$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
