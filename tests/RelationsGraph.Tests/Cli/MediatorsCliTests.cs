using System.Text.Json;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph mediators</c> on a synthetic world (see MediatorRankingTests): output shapes per CLI.md, what-if, bad input.</summary>
[Collection("relgraph CLI")]
public sealed class MediatorsCliTests : IDisposable
{
    private const string NodesCsv = "id,name,kind\nA,Aland,state\nB,Bland,state\nM,Middle,state\nP,Partisan,state\nQ,Quiet ally,state\nI,Island,state\nF,Friend,state\nBLOC1,Bloc one,bloc\nBLOC2,Bloc two,bloc\n";

    private const string EdgesCsv = "source,target,weight,kind,directed,start,end\n"
        + "A,B,-1,war,false,2022,\nM,A,0.6,partnership,false,,\nM,B,0.6,partnership,false,,\nM,BLOC1,1,membership,true,,\nA,BLOC1,1,membership,true,,\n"
        + "M,BLOC2,1,membership,true,,\nB,BLOC2,1,membership,true,,\nP,A,1,alliance,false,,\nP,B,-1,sanction,true,,\nQ,A,1,alliance,false,,\nF,M,0.8,partnership,false,,\n";

    private readonly CliFixture files = new();
    private readonly string[] input;

    public MediatorsCliTests()
    {
        input = ["--edges", files.File("edges.csv", EdgesCsv), "--nodes", files.File("nodes.csv", NodesCsv), "--permutations", "19", "--draws", "100"];
    }

    public void Dispose() => files.Dispose();

    private CliRun Mediators(params string[] args) => Run(["mediators", .. input, .. args]);

    [Fact]
    public void Json_ConflictAndCandidatesBestFirst()
    {
        var run = Mediators("--between", "A", "B", "--format", "json");

        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["conflict", "weights", "gates", "stability_draws", "permutations", "candidates"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("conflict").GetProperty("sides_hostile").GetBoolean());
        Assert.Equal(["A"], root.GetProperty("conflict").GetProperty("side_a").EnumerateArray().Select(x => x.GetString()));
        var candidates = root.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(["M", "F", "P", "Q"], candidates.Select(c => c.GetProperty("id").GetString()));
        var m = candidates[0];
        Assert.Equal(["id", "kind", "name", "rank", "score", "criteria", "explanation", "rank_interval", "p"], m.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Middle", m.GetProperty("name").GetString());
        Assert.Equal("state", m.GetProperty("kind").GetString());
        Assert.Equal(1, m.GetProperty("rank").GetInt32());
        Assert.Contains("access", m.GetProperty("criteria").EnumerateObject().Select(p => p.Name));
        Assert.Contains(m.GetProperty("explanation").EnumerateArray(), e => e.GetString()!.StartsWith("access: to A 0.92", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ByteIdenticalAcrossRuns()
    {
        Assert.Equal(Mediators("--between", "A", "B", "--format", "json").Stdout, Mediators("--between", "A", "B", "--format", "json").Stdout);
    }

    [Fact]
    public void Table_Explain_AndCsv()
    {
        var table = Mediators("--between", "A", "B");
        Assert.Equal(0, table.Exit);
        Assert.Contains("Middle", table.Stdout, StringComparison.Ordinal);

        var explain = Mediators("--between", "A", "B", "--explain", "M");
        Assert.Contains("no one-sided tie", explain.Stdout, StringComparison.Ordinal);

        var csv = Mediators("--between", "A", "B", "--format", "csv", "--top", "2").Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("rank,id,name,kind,score,leverage,access,bridging,impartiality,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("1,M,Middle,state,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ShowsRanksBefore()
    {
        var run = Mediators("--between", "A", "B", "--what-if", "add:Q,B,0.9,partnership", "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var q = doc.RootElement.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "Q");
        Assert.Equal(4, q.GetProperty("rank_before").GetInt32());
        Assert.True(q.GetProperty("rank").GetInt32() < 4);
    }

    [Fact]
    public void SidesAndHostileTo_AndWeights()
    {
        Assert.Equal(0, Mediators("--side-a", "A,P", "--side-b", "B").Exit);
        using var hostile = JsonDocument.Parse(Mediators("--hostile-to", "B", "--format", "json").Stdout);
        Assert.Equal(["A", "P"], hostile.RootElement.GetProperty("conflict").GetProperty("side_b").EnumerateArray().Select(x => x.GetString()));

        using var weighted = JsonDocument.Parse(Mediators("--between", "A", "B", "--weights", "leverage=0,shared-fora=0,bridging=0", "--format", "json").Stdout);
        Assert.Equal(["access"], weighted.RootElement.GetProperty("weights").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void BadInput_Exit2NamingTheProblem()
    {
        AssertBadInput(Mediators("--between", "A", "Z"), "'Z'");
        AssertBadInput(Mediators("--between", "A", "BLOC1"), "is a bloc");
        AssertBadInput(Mediators("--between", "A", "B", "--profile", "neutral"), "neutral");
        AssertBadInput(Mediators("--side-a", "A", "--side-b", "A,B"), "both sides");
        AssertBadInput(Mediators("--side-a", ",", "--side-b", "B"), "empty");
        AssertBadInput(Mediators("--between", "A", "B", "--at", "1990-01-01"), "1990-01-01");
        AssertBadInput(Mediators("--between", "A", "B", "--at", "last year"), "--at");
        AssertBadInput(Mediators("--between", "A", "B", "--explain", "A"), "on a side");
        AssertBadInput(Mediators("--between", "A", "B", "--explain", "Z"), "'Z'");
        AssertBadInput(Mediators("--between", "A", "B", "--weights", "charisma=1"), "charisma");
        AssertBadInput(Mediators("--between", "A", "B", "--what-if", "remove:M,Q"), "no such relation");
        AssertBadInput(Mediators("--between", "A", "B", "--what-if", "add:M,Z,1"), "'Z'");
        AssertBadInput(Mediators(), "--between");
        AssertBadInput(Run("mediators", "--dataset", "nowhere", "--between", "A", "B"), "nowhere");
    }
}
