using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Memberships of states in a curated list of bodies (<see cref="Bodies"/>), as <c>membership</c> relations from the
/// state to the bloc with <c>status</c> full (weight 1), associate (0.5), observer, partner or frozen (0.25).
/// For each body and year one source speaks: COW IGO 3.0 (to 2014, from the body's first COW year), else MIGO (informal
/// bodies, to 2010), else the CIA World Factbook's "International organization participation" text, edition E read as
/// the year E−1 (an edition reflects roughly the previous year; editions 1996–2025 give 1995–2024). Years become spells
/// (a new spell where the status or the source changes); a spell reaching 2024 (the last Factbook year) stays open.
/// Curated corrections (<c>curated/memberships.csv</c>, one public source per row) then overwrite dated periods where a
/// source lags or errs, or where no source covers a body (the Organization of Turkic States).
/// </summary>
internal static class Memberships
{
    public const string CowFile = "cow-igo/state_year_format3_long.csv.gz";
    public const string IgoListFile = "cow-igo/igo_list.csv";
    public const string MigoFile = "manyios/MIGO.csv";
    public const string FactbookFile = "factbook/fields.csv.gz";
    public const string FactbookCountries = "factbook/countries.csv";
    public const string CuratedFile = "curated/memberships.csv";

    /// <summary>The last year of COW IGO data.</summary>
    public const int CowLastYear = 2014;

    /// <summary>The last year of MIGO data.</summary>
    public const int MigoLastYear = 2010;

    /// <summary>The last year the Factbook speaks for (its 2025 edition).</summary>
    public const int FactbookLastYear = 2024;

    private const string Cow = "cow-igo-3.0";
    private const string Migo = "manyios-migo";
    private const string Factbook = "cia-factbook-io";

    /// <summary>A body: id (the bloc's actor id), name, category, COW IGO key, MIGO id, Factbook abbreviations, years.</summary>
    internal sealed record Body(string Id, string Name, string Category, string? CowKey, string? MigoId, string[] FactbookNames, int From = BuildContext.FirstYear, int To = FactbookLastYear);

    /// <summary>The curated list of bodies (the dataset README lists it).</summary>
    public static IReadOnlyList<Body> Bodies { get; } =
    [
        // security
        new("NATO", "North Atlantic Treaty Organization", "security", "nato", null, ["NATO"]),
        new("CSTO", "Collective Security Treaty Organization", "security", "csto", null, ["CSTO"], From: 2002),
        new("OSCE", "Organization for Security and Co-operation in Europe", "security", "osce", null, ["OSCE"]),
        new("SCO", "Shanghai Cooperation Organisation", "security", "sco", null, ["SCO"], From: 1996),
        new("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", "security", "cica", "CICA", ["CICA"]),

        // political
        new("CIS", "Commonwealth of Independent States", "political", "cis", null, ["CIS"]),
        new("COE", "Council of Europe", "political", "coe", null, ["CE", "COE"]),
        new("OIC", "Organisation of Islamic Cooperation", "political", "oic", null, ["OIC"]),
        new("NONALIGNED", "Non-Aligned Movement", "political", "nam", null, ["NAM"]),
        new("COMMONWEALTH", "Commonwealth of Nations", "political", "comsec", null, ["C", "Commonwealth of Nations", "The Commonwealth"]),
        new("OIF", "Organisation internationale de la Francophonie", "political", "acct", null, ["OIF", "ACCT", "Francophonie"]),
        new("CPLP", "Community of Portuguese Language Countries", "political", "cpsc", null, ["CPLP"], From: 1996),
        new("G7", "Group of Seven (G8 with Russia)", "political", null, "G7", ["G-7", "G-8"]),
        new("G20", "Group of Twenty", "political", null, "G20", ["G-20"], From: 1999),
        new("BRICS", "BRICS", "political", null, "BRICS", ["BRICS"], From: 2009),
        new("GUAM", "GUAM Organization for Democracy and Economic Development", "political", null, "GUAM", ["GUAM", "GUUAM"], From: 1997),
        new("OTS", "Organization of Turkic States (Turkic Council)", "political", null, null, [], From: 2009),
        new("NC", "Nordic Council", "political", "nordc", null, ["NC"]),
        new("V4", "Visegrad Group", "political", null, "VG", []),
        new("ALBA", "Bolivarian Alliance for the Peoples of Our America", "political", null, null, ["ALBA"], From: 2004),
        new("D8", "Developing-8 Organization for Economic Cooperation", "political", null, null, ["D-8"], From: 1997),

        // regional (general-purpose regional organisations)
        new("EU", "European Union", "regional", "eu", null, ["EU"]),
        new("AU", "African Union", "regional", "au", null, ["AU"], From: 2002),
        new("OAU", "Organisation of African Unity", "regional", "oau", null, ["OAU"], To: 2002),
        new("LAS", "League of Arab States", "regional", "loas", null, ["LAS", "AL"]),
        new("GCC", "Gulf Cooperation Council", "regional", "gcc", null, ["GCC"]),
        new("ASEAN", "Association of Southeast Asian Nations", "regional", "asean", null, ["ASEAN"]),
        new("SAARC", "South Asian Association for Regional Cooperation", "regional", "saarc", null, ["SAARC"]),
        new("OAS", "Organization of American States", "regional", "oas", null, ["OAS"]),
        new("CELAC", "Community of Latin American and Caribbean States", "regional", null, null, ["CELAC"], From: 2011),
        new("UNASUR", "Union of South American Nations", "regional", null, null, ["UNASUR", "CSN"], From: 2004),
        new("SICA", "Central American Integration System", "regional", "sica", null, ["SICA"]),
        new("PIF", "Pacific Islands Forum", "regional", "pif", null, ["PIF", "SPF"]),
        new("CBSS", "Council of the Baltic Sea States", "regional", "cbss", null, ["CBSS"]),
        new("AMU", "Arab Maghreb Union", "regional", "amu", null, ["AMU"]),
        new("IGAD", "Intergovernmental Authority on Development", "regional", "igad", null, ["IGAD", "IGADD"]),
        new("IORA", "Indian Ocean Rim Association", "regional", "iorarc", null, ["IORA"], From: 1997),
        new("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "regional", null, "BIMSTEC", ["BIMSTEC"], From: 1997),

        // economic
        new("EAEU", "Eurasian Economic Union", "economic", null, null, ["EAEU", "EEU"], From: 2015),
        new("EURASEC", "Eurasian Economic Community", "economic", "eaec", null, ["EAEC"], From: 2000, To: 2014),
        new("BSEC", "Organization of the Black Sea Economic Cooperation", "economic", "bsec", "BSEC", ["BSEC"]),
        new("APEC", "Asia-Pacific Economic Cooperation", "economic", "apec", null, ["APEC"]),
        new("ECOWAS", "Economic Community of West African States", "economic", "ecowas", null, ["ECOWAS"]),
        new("SADC", "Southern African Development Community", "economic", "sadc", null, ["SADC"]),
        new("EAC", "East African Community", "economic", "eac", null, ["EAC"]),
        new("ECCAS", "Economic Community of Central African States", "economic", "eccas", null, ["CEEAC", "ECCAS"]),
        new("COMESA", "Common Market for Eastern and Southern Africa", "economic", "comesa", null, ["COMESA"]),
        new("MERCOSUR", "Southern Common Market", "economic", "mercosur", null, ["Mercosur"]),
        new("CARICOM", "Caribbean Community", "economic", "caricom", null, ["Caricom"]),
        new("ANDEAN", "Andean Community (CAN)", "economic", "andean", null, ["CAN"]),
        new("EFTA", "European Free Trade Association", "economic", "efta", null, ["EFTA"]),
        new("OPEC", "Organization of the Petroleum Exporting Countries", "economic", "opec", null, ["OPEC"]),
        new("ECO", "Economic Cooperation Organization", "economic", "eco", null, ["ECO"]),
        new("OECD", "Organisation for Economic Co-operation and Development", "economic", "oecd", null, ["OECD"]),
        new("WAEMU", "West African Economic and Monetary Union", "economic", "uemoa", null, ["WAEMU"]),
        new("CEMAC", "Economic and Monetary Community of Central Africa", "economic", "cemac", null, ["CEMAC"]),
        new("PA", "Pacific Alliance", "economic", null, null, ["Pacific Alliance"], From: 2012),
    ];

    /// <summary>The weight of a membership status.</summary>
    public static double WeightOf(string status) => status switch
    {
        "full" => 1,
        "associate" => 0.5,
        _ => 0.25,
    };

    /// <summary>
    /// The status a Factbook qualifier gives (null: no membership, with the reason). No qualifier and member-like ones
    /// (new, de facto, regional, nonregional, participating) → full; associate → associate; observer, guest, partner,
    /// dialogue partner, cooperating state, enhanced engagement → observer or partner; suspended, candidate, applicant,
    /// pending, signatory, NGOs, national committees → none.
    /// </summary>
    public static (string? Status, string? Reason) StatusOf(string qualifier)
    {
        var q = qualifier.Trim().ToLowerInvariant();
        if (q.Length == 0 || q is "new member" or "de facto member" or "permanent" or "non-permanent" or "regional" or "nonregional member"
            or "nonregional members" or "nonregional" or "non-regional" or "member affiliate" || q.StartsWith("reinstated", StringComparison.Ordinal))
        {
            return ("full", null);
        }

        if (q.StartsWith("participating member", StringComparison.Ordinal) || q.StartsWith("associate", StringComparison.Ordinal) && !q.Contains("observer", StringComparison.Ordinal)
            || q == "associated member")
        {
            // Ukraine in the CIS: a founder that never ratified the charter; COW IGO codes it as associate (2).
            return ("associate", null);
        }

        if (q.Contains("observer", StringComparison.Ordinal) || q is "guest" or "special" or "cooperating state")
        {
            return ("observer", null);
        }

        if (q.Contains("partner", StringComparison.Ordinal) || q is "dialogue member" or "enhanced engagement")
        {
            return ("partner", null);
        }

        return (null, $"Factbook qualifier '({q})' is not a membership (suspended, candidate, applicant, NGOs, ...)");
    }

    /// <summary>Splits a Factbook participation text at the commas outside parentheses.</summary>
    public static IEnumerable<(string Name, string Qualifier)> ParseParticipation(string content)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ',' && depth == 0)
            {
                var token = content[start..i].Trim();
                start = i + 1;
                if (token.Length == 0)
                {
                    continue;
                }

                var open = token.IndexOf('(', StringComparison.Ordinal);
                var name = (open < 0 ? token : token[..open]).Trim();
                var note = name.IndexOf(" note", StringComparison.Ordinal);
                if (note > 0)
                {
                    name = name[..note].Trim();
                }

                var qualifier = string.Empty;
                if (open >= 0)
                {
                    var close = token.IndexOf(')', open);
                    qualifier = close > open ? token[(open + 1)..close] : token[(open + 1)..];
                }

                // "G- 7" is printed in some editions.
                if (name.StartsWith("G- ", StringComparison.Ordinal))
                {
                    name = "G-" + name[3..];
                }

                yield return (name, qualifier);
            }
        }
    }

    public static void Add(BuildContext context)
    {
        var cells = new SortedDictionary<(string State, string Bloc), SortedDictionary<int, (string Status, string Ref)>>();
        context.Cite(Cow, "COW IGO 3.0 state-year memberships", CowFile);
        context.Cite(Migo, "MIGO informal IGO memberships (manyIOs)", MigoFile);
        context.Cite(Factbook, "CIA World Factbook, International organization participation (editions 1996-2025 read as the previous year)", FactbookFile, FactbookCountries);

        var byCow = Bodies.Where(b => b.CowKey is not null).ToDictionary(b => b.CowKey!, StringComparer.Ordinal);
        var byMigo = Bodies.Where(b => b.MigoId is not null).ToDictionary(b => b.MigoId!, StringComparer.Ordinal);
        var byName = new Dictionary<string, Body>(StringComparer.OrdinalIgnoreCase);
        foreach (var b in Bodies)
        {
            foreach (var n in b.FactbookNames)
            {
                byName.Add(n, b);
            }
        }

        var cowFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in context.Sources.Rows(IgoListFile))
        {
            cowFirst[row["igo"]] = row.Int("first_year");
        }

        foreach (var b in Bodies)
        {
            if (context.Codes.Iso3Codes.Contains(b.Id))
            {
                throw new InvalidOperationException($"bloc id {b.Id} is also an ISO3 code");
            }

            context.AddActor(new DatasetActor(b.Id, b.Name, "bloc", null, string.Empty, b.Category));
        }

        var migoLast = new Dictionary<string, int>(StringComparer.Ordinal);

        // Which source speaks for a body in a year.
        string? SourceFor(Body b, int year) =>
            year < b.From || year > b.To ? null
            : b.CowKey is { } k && year <= CowLastYear && year >= cowFirst.GetValueOrDefault(k, int.MaxValue) ? Cow
            : b.MigoId is not null && year <= Math.Min(MigoLastYear, migoLast.GetValueOrDefault(b.Id, MigoLastYear)) ? Migo
            : b.CowKey is not null && year <= CowLastYear ? null
            : year <= FactbookLastYear ? Factbook : null;

        void Put(string file, string state, Body body, int year, string status, string reference)
        {
            if (!context.IsState(state))
            {
                context.Exclude(file, "not a UN member or observer state (e.g. Taiwan, Kosovo)");
                return;
            }

            if (!context.IsActive(state, year))
            {
                context.Exclude(file, "state not in the system that year");
                return;
            }

            var key = (state, body.Id);
            if (!cells.TryGetValue(key, out var years))
            {
                cells[key] = years = [];
            }

            if (!years.TryGetValue(year, out var old) || WeightOf(status) > WeightOf(old.Status))
            {
                years[year] = (status, reference);
            }
        }

        // COW IGO.
        foreach (var row in context.Sources.Rows(CowFile))
        {
            var year = row.Int("year");
            context.Sources.CheckYear(row, "year", year);
            var igo = row["igo"];
            if (igo == "un")
            {
                context.Exclude(CowFile, "UN membership (read by the nodes module)");
                continue;
            }

            if (!byCow.TryGetValue(igo, out var body))
            {
                context.Exclude(CowFile, "IGO not in the curated list of bodies");
                continue;
            }

            if (year < BuildContext.FirstYear)
            {
                context.Exclude(CowFile, "before 1995");
                continue;
            }

            if (SourceFor(body, year) != Cow)
            {
                context.Exclude(CowFile, "outside the body's years");
                continue;
            }

            var status = row.Int("status") switch
            {
                1 => "full",
                2 => "associate",
                3 => "observer",
                var s => throw row.Error("status", $"status {s.ToString(CultureInfo.InvariantCulture)} is not 1, 2 or 3"),
            };
            Put(CowFile, context.Codes.FromCow(row.Int("ccode"), row, "ccode"), body, year, status, Cow);
        }

        // MIGO: it speaks for a body up to the last year it has rows of that body (GUAM: 2006).
        var migoRows = new List<(SourceRow Row, Body Body, int Year)>();
        foreach (var row in context.Sources.Rows(MigoFile))
        {
            var year = row.Int("Year");
            context.Sources.CheckYear(row, "Year", year);
            if (!byMigo.TryGetValue(row["igoID"], out var body))
            {
                context.Exclude(MigoFile, "informal IGO not in the curated list of bodies");
                continue;
            }

            migoLast[body.Id] = Math.Max(migoLast.GetValueOrDefault(body.Id), year);
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(MigoFile, "before 1995");
                continue;
            }

            migoRows.Add((row, body, year));
        }

        foreach (var (row, body, year) in migoRows)
        {
            if (SourceFor(body, year) != Migo)
            {
                context.Exclude(MigoFile, "year covered by COW IGO for this body, or outside the body's years");
                continue;
            }

            var status = row.Int("membership") switch
            {
                1 => "full",
                2 => "associate",
                3 => "observer",
                var s => throw row.Error("membership", $"membership {s.ToString(CultureInfo.InvariantCulture)} is not 1, 2 or 3"),
            };
            Put(MigoFile, context.Codes.FromCow(row.Int("cowID"), row, "cowID"), body, year, status, Migo);
        }

        // Factbook.
        var entities = FactbookEntities(context);
        foreach (var row in context.Sources.Rows(FactbookFile))
        {
            if (row["field"] != "io_participation")
            {
                continue; // other fields: read by other modules
            }

            var edition = row.Int("edition");
            context.Sources.CheckYear(row, "edition", edition);
            var year = edition - 1;
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(FactbookFile, "io_participation: edition 1995 reflects 1994, before the dataset");
                continue;
            }

            var fips = row["fips"];
            var content = row["content"];
            if (content.StartsWith("This entry", StringComparison.Ordinal))
            {
                context.Exclude(FactbookFile, "io_participation: archive error, the definitions text attached to a country (ZI, 1998)");
                continue;
            }

            if (fips == "GG" && row["country"].StartsWith("South Georgia", StringComparison.Ordinal))
            {
                context.Exclude(FactbookFile, "io_participation: archive error, South Georgia under Georgia's code (1997)");
                continue;
            }

            var iso = FactbookState(context, entities, row, edition, fips);
            if (iso is null)
            {
                continue;
            }

            foreach (var (name, qualifier) in ParseParticipation(content))
            {
                if (!byName.TryGetValue(name, out var body))
                {
                    context.Exclude(FactbookFile, "io_participation entry: organisation not in the curated list");
                    continue;
                }

                if (SourceFor(body, year) != Factbook)
                {
                    context.Exclude(FactbookFile, "io_participation entry: year covered by COW IGO or MIGO for this body, or outside its years");
                    continue;
                }

                var (status, reason) = StatusOf(qualifier);
                if (status is null)
                {
                    context.Exclude(FactbookFile, "io_participation entry: " + reason);
                    continue;
                }

                Put(FactbookFile, iso, body, year, status, Factbook);
            }
        }

        // Spells, then the curated corrections.
        var spells = new SortedDictionary<(string State, string Bloc), List<Spell>>();
        foreach (var ((state, bloc), years) in cells)
        {
            var list = new List<Spell>();
            int? first = null;
            var prev = 0;
            (string Status, string Ref) cur = (string.Empty, string.Empty);
            foreach (var (year, cell) in years.Append(new KeyValuePair<int, (string, string)>(int.MaxValue, (string.Empty, string.Empty))))
            {
                if (first is not null && (year != prev + 1 || cell != cur))
                {
                    list.Add(new Spell(Spells.YearStart(first.Value), Spells.End(prev, FactbookLastYear), cur.Status, cur.Ref, null));
                    first = null;
                }

                if (first is null)
                {
                    first = year;
                    cur = cell;
                }

                prev = year;
            }

            spells[(state, bloc)] = list;
        }

        ApplyCorrections(context, spells);

        foreach (var ((state, bloc), list) in spells)
        {
            foreach (var s in list)
            {
                var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["status"] = s.Status };
                if (s.End is null && s.Ref == Factbook)
                {
                    attributes["observed_to"] = FactbookLastYear.ToString(CultureInfo.InvariantCulture);
                }

                if (s.CorrectedBy is not null)
                {
                    attributes["corrected_by"] = s.CorrectedBy;
                }

                context.AddRelation(new DatasetRelation(state, bloc, WeightOf(s.Status), "membership", s.Start, s.End, true, s.Ref, attributes));
            }
        }
    }

    private sealed record Spell(DateOnly Start, DateOnly? End, string Status, string Ref, string? CorrectedBy);

    private static void ApplyCorrections(BuildContext context, SortedDictionary<(string State, string Bloc), List<Spell>> spells)
    {
        var blocs = Bodies.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var line = 1;
        foreach (var row in ReadCurated(CuratedFile))
        {
            line++;
            var state = row["state"];
            var bloc = row["bloc"];
            var status = row["status"];
            if (!context.IsState(state) || !blocs.Contains(bloc) || status is not ("none" or "full" or "associate" or "observer" or "partner" or "frozen"))
            {
                throw new BuildException(CuratedFile, line, null, $"unknown state '{state}', bloc '{bloc}' or status '{status}'");
            }

            var start = DateOnly.ParseExact(row["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateOnly? end = row["end"].Length == 0 ? null : DateOnly.ParseExact(row["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var reference = context.Cite(new Citation(
                $"curated-{state}-{bloc}-{DatasetWriter.Date(start)}",
                row["title"],
                row["url"],
                "curated correction (tools/RelationsGraph.WorldBuilder/curated/memberships.csv)",
                DatasetWriter.Date(start),
                "facts with a public source"));
            if (!spells.TryGetValue((state, bloc), out var list))
            {
                spells[(state, bloc)] = list = [];
            }

            var clipped = new List<Spell>();
            foreach (var s in list)
            {
                var overlaps = s.Start <= (end ?? DateOnly.MaxValue) && (s.End ?? DateOnly.MaxValue) >= start;
                if (!overlaps)
                {
                    clipped.Add(s);
                    continue;
                }

                if (s.Start < start)
                {
                    clipped.Add(s with { End = start.AddDays(-1), CorrectedBy = reference });
                }

                if (end is { } e && (s.End is null || s.End > e))
                {
                    clipped.Add(s with { Start = e.AddDays(1), CorrectedBy = reference });
                }
            }

            if (status != "none")
            {
                clipped.Add(new Spell(start, end, status, reference, null));
            }

            list.Clear();
            list.AddRange(clipped.OrderBy(s => s.Start));
        }
    }

    /// <summary>The Factbook entity table: (edition, fips) → (entity type, ISO2).</summary>
    internal static Dictionary<(int Edition, string Fips), (string Type, string Iso2)> FactbookEntities(BuildContext context)
    {
        var map = new Dictionary<(int, string), (string, string)>();
        foreach (var row in context.Sources.Rows(FactbookCountries))
        {
            map[(row.Int("edition"), row["fips"])] = (row["entity_type"], row["iso2"]);
        }

        return map;
    }

    /// <summary>The dataset state of a Factbook row, or null (counted) for entities that are not sovereign states.</summary>
    internal static string? FactbookState(BuildContext context, Dictionary<(int Edition, string Fips), (string Type, string Iso2)> entities, SourceRow row, int edition, string fips)
    {
        if (!entities.TryGetValue((edition, fips), out var entity))
        {
            throw row.Error("fips", $"FIPS code '{fips}' is not in factbook/countries.csv for edition {edition.ToString(CultureInfo.InvariantCulture)}");
        }

        if (entity.Type != "sovereign")
        {
            context.Exclude(row.File, $"{row["field"]}: entity is not a sovereign state ({entity.Type})");
            return null;
        }

        string iso;
        if (!context.Codes.TryFips(fips, out iso) && entity.Iso2.Length > 0)
        {
            iso = context.Codes.FromIso2(entity.Iso2, row, "fips");
        }
        else if (iso is null)
        {
            throw row.Error("fips", $"FIPS code '{fips}' maps to no ISO3 code");
        }

        if (!context.IsState(iso))
        {
            context.Exclude(row.File, $"{row["field"]}: not a UN member or observer state (e.g. Kosovo, Taiwan)");
            return null;
        }

        return iso;
    }

    /// <summary>Reads a curated CSV embedded in the builder.</summary>
    internal static IEnumerable<Dictionary<string, string>> ReadCurated(string name)
    {
        using var stream = typeof(Memberships).Assembly.GetManifestResourceStream(name.Replace('/', '.'))
            ?? throw new BuildException(name, null, null, "the curated file is not embedded in the builder");
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = true, Unescape = true }).From(text);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                d[header[i]] = row[i].ToString();
            }

            rows.Add(d);
        }

        return rows;
    }
}
