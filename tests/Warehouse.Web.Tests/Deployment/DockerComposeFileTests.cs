using System.Diagnostics;

namespace Warehouse.Web.Tests.Deployment;

public sealed class DockerComposeFileTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warehouse.sln"))) return dir.FullName;
        throw new InvalidOperationException("Warehouse.sln not found above the test binaries.");
    }

    [Fact]
    public async Task The_compose_file_is_valid_and_points_the_app_at_postgres()
    {
        ProcessStartInfo start = new("docker-compose") { WorkingDirectory = RepoRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("config");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("docker-compose is not installed: run tests/run-all.sh, which installs it.");
        }
        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, errors);
            Assert.Contains("Database__Provider: Postgres", output);
            Assert.Contains("Host=db;", output);
            Assert.Contains("condition: service_healthy", output);
            Assert.Contains("src/Warehouse.Web/Dockerfile", output);
        }
    }
}
