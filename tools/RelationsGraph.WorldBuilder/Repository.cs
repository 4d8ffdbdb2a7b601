namespace RelationsGraph.WorldBuilder;

/// <summary>Finds the repository root: the first folder above the running assembly (or the current folder) that holds RelationsGraph.sln.</summary>
internal static class Repository
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
