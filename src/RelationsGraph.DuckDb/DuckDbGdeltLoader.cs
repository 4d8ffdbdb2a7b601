using DuckDB.NET.Data;
using RelationsGraph.Loaders;
using RelationsGraph.Model;

namespace RelationsGraph.DuckDb;

/// <summary>
/// The GDELT aggregation of <see cref="EventLoader"/> as one DuckDB query over many files — DuckDB streams the files and
/// spills to disk, so the input can exceed memory and be processed on all cores. Same rules and the same dyad table as
/// the streaming loader: each line split on tabs; 57, 58 or 61 fields; an 8-digit valid date; a quad class 1–4; a
/// Goldstein score in [−10, 10]; CAMEO country codes mapped to ISO3; same-country, country-less and unmapped rows
/// dropped and counted; weight = mean Goldstein ÷ 10 per dyad and period (summed in another order, so equal to the
/// streaming loader's within floating-point rounding, about 1e-15). Malformed rows are counted but not located (no line
/// numbers); use the streaming loader to find them. <see cref="Sql"/> is the query, to adapt for Spark SQL or BigQuery.
/// </summary>
public static class DuckDbGdeltLoader
{
    /// <summary>
    /// The query over a relation <c>lines(line)</c> of raw lines and a table <c>cameo(code, iso3)</c>; <c>{period}</c> is
    /// the period expression over the date <c>day</c> and <c>{pair}</c> the dyad's two ends.
    /// </summary>
    public const string Sql = """
        WITH parsed AS (
            SELECT string_split(line, chr(9)) AS f FROM lines WHERE line IS NOT NULL AND line <> ''
        ), fields AS (
            SELECT len(f) AS n, f[2] AS d, f[8] AS c1, f[18] AS c2, f[30] AS q, f[31] AS g FROM parsed
        ), checked AS (
            SELECT *,
                n IN (57, 58, 61)
                AND regexp_full_match(d, '[0-9]{8}') AND try_strptime(d, '%Y%m%d') IS NOT NULL
                AND regexp_full_match(q, '0*[1-4]')
                AND TRY_CAST(g AS DOUBLE) BETWEEN -10 AND 10 AS ok
            FROM fields
        ), mapped AS (
            SELECT c.*, a.iso3 AS a3, b.iso3 AS b3, CAST(strptime(d, '%Y%m%d') AS DATE) AS day
            FROM checked c LEFT JOIN cameo a ON a.code = c.c1 LEFT JOIN cameo b ON b.code = c.c2
            WHERE c.ok
        )
        SELECT {pair}, {period} AS period, sum(CAST(g AS DOUBLE) / 10) / count(*) AS weight, count(*) AS count,
               count(*) FILTER (WHERE CAST(q AS INTEGER) = 1) AS q1, count(*) FILTER (WHERE CAST(q AS INTEGER) = 2) AS q2,
               count(*) FILTER (WHERE CAST(q AS INTEGER) = 3) AS q3, count(*) FILTER (WHERE CAST(q AS INTEGER) = 4) AS q4
        FROM mapped
        WHERE c1 <> '' AND c2 <> '' AND a3 IS NOT NULL AND b3 IS NOT NULL AND a3 <> b3
        GROUP BY ALL
        ORDER BY period, 1, 2
        """;

    /// <summary>Loads GDELT 1.0/2.0 files (plain or <c>.gz</c>) with DuckDB.</summary>
    /// <param name="files">The files.</param>
    /// <param name="options">Periods and direction (<see cref="LoaderOptions.Strict"/> is not supported: malformed rows are counted).</param>
    /// <returns>The dyads and the report (without line-level issues).</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static DyadTable Load(IReadOnlyList<string> files, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new LoaderOptions();
        if (options.Strict)
        {
            throw new ArgumentException("The DuckDB loader counts malformed rows; use EventLoader for --strict.", nameof(options));
        }

        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"cannot read '{file}': file not found", file);
            }
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE cameo (code VARCHAR, iso3 VARCHAR)");
        using (var appender = connection.CreateAppender("cameo"))
        {
            foreach (var (code, iso3) in CountryCodes.Cameo)
            {
                appender.CreateRow().AppendValue(code).AppendValue(iso3).EndRow();
            }
        }

        var list = string.Join(", ", files.Select(f => $"'{f.Replace("'", "''", StringComparison.Ordinal)}'"));
        Execute(connection, $"CREATE VIEW lines AS SELECT line FROM read_csv([{list}], delim = '\u0001', quote = '', escape = '', header = false, auto_detect = false, columns = {{'line': 'VARCHAR'}}, strict_mode = false, null_padding = false)");
        var period = options.Period switch
        {
            PeriodKind.Year => "strftime(day, '%Y')",
            PeriodKind.Month => "strftime(day, '%Y-%m')",
            _ => "'all'",
        };
        var pair = options.Directed ? "a3 AS source, b3 AS target" : "least(a3, b3) AS source, greatest(a3, b3) AS target";
        var dyads = new List<DyadAggregate>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Sql.Replace("{pair}", pair, StringComparison.Ordinal).Replace("{period}", period, StringComparison.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                dyads.Add(new DyadAggregate(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetInt64(4), [reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)]));
            }
        }

        var report = new LoadReport { Files = files.Count };
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                WITH parsed AS (SELECT string_split(line, chr(9)) AS f FROM lines WHERE line IS NOT NULL AND line <> ''),
                fields AS (SELECT len(f) AS n, f[2] AS d, f[8] AS c1, f[18] AS c2, f[30] AS q, f[31] AS g FROM parsed),
                checked AS (SELECT *, n IN (57, 58, 61) AND regexp_full_match(d, '[0-9]{8}') AND try_strptime(d, '%Y%m%d') IS NOT NULL
                            AND regexp_full_match(q, '0*[1-4]') AND TRY_CAST(g AS DOUBLE) BETWEEN -10 AND 10 AS ok FROM fields),
                mapped AS (SELECT c.*, a.iso3 AS a3, b.iso3 AS b3 FROM checked c LEFT JOIN cameo a ON a.code = c.c1 LEFT JOIN cameo b ON b.code = c.c2)
                SELECT count(*),
                       count(*) FILTER (WHERE NOT ok),
                       count(*) FILTER (WHERE ok AND (c1 = '' OR c2 = '')),
                       count(*) FILTER (WHERE ok AND c1 <> '' AND c2 <> '' AND (a3 IS NULL OR b3 IS NULL)),
                       count(*) FILTER (WHERE ok AND a3 IS NOT NULL AND b3 IS NOT NULL AND a3 = b3)
                FROM mapped
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            report.Rows = reader.GetInt64(0);
            report.Malformed = reader.GetInt64(1);
            report.NoCountry = reader.GetInt64(2);
            report.UnmappedRows = reader.GetInt64(3);
            report.SameCountry = reader.GetInt64(4);
        }

        report.Used = dyads.Sum(d => d.Count);
        return new DyadTable(RelationKind.Event, options.Directed, options.Period, dyads, report);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
