using System.Diagnostics;

namespace ModelLaw.Tests.Inputs;

/// <summary>
/// Converts files with the LibreOffice installed on the machine (test.sh installs it), each run with a profile of its
/// own so that no other soffice interferes. <see cref="Convert"/> returns null when LibreOffice is absent.
/// </summary>
internal static class LibreOffice
{
    public static string? Soffice { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    /// <summary>Converts every file to <paramref name="filter"/> ("odt", "html", "docx:MS Word 2007 XML") into <paramref name="outDir"/>.</summary>
    public static bool Convert(string filter, string outDir, params string[] files)
    {
        if (Soffice is null) return false;
        var profile = Directory.CreateTempSubdirectory("modellaw-lo-profile-").FullName;
        try
        {
            var psi = new ProcessStartInfo(Soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir })
                psi.ArgumentList.Add(a);
            foreach (var f in files) psi.ArgumentList.Add(f);
            using var p = Process.Start(psi)!;
            _ = p.StandardOutput.ReadToEndAsync();
            _ = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                return false;
            }
            return true;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Debian's python3 with the UNO bridge, for scripted edits (accept all tracked changes).</summary>
    public static string? UnoPython =>
        Soffice is not null && File.Exists("/usr/bin/python3") && File.Exists("/usr/lib/python3/dist-packages/uno.py") ? "/usr/bin/python3" : null;

    private static string? FindOnPath(string exe) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, exe)).FirstOrDefault(File.Exists);
}
