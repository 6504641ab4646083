using System.Diagnostics;

namespace Warehouse.Web.Tests.Deployment;

public sealed class DockerComposeFileTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_points_the_app_at_postgres()
    {
        ProcessStartInfo start = new("docker-compose") { WorkingDirectory = Warehouse.Testing.RepoFolder.Root, RedirectStandardOutput = true, RedirectStandardError = true };
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
