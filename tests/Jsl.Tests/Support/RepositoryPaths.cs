namespace Jsl.Tests.Support;

/// <summary>Finds folders of the repository from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "jsl.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root (jsl.slnx) not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Examples => Path.Combine(Root, "examples");
}
