using System.Diagnostics;
using ModelLaw.Reading;
using ModelLaw.Tests.Docx;
using static ModelLaw.Tests.Docx.DocxBuilder;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>The redline ModelLaw writes, and the national texts made from the model law for it.</summary>
internal static class RedlineLoop
{
    /// <summary>
    /// The model law and a national text made from it by edits a drafting office makes: wording changed in two
    /// articles, one article dropped, one added, the rest adopted verbatim and in the model's order, so that the redline
    /// with every change rejected is exactly the model.
    /// </summary>
    public static (string Model, string National) ModelAndEditedNational()
    {
        var model = CorpusText("models/ai-ct-model-law.en.txt").Replace("\r\n", "\n");
        var national = model
            .Replace("This Law shall enter into force on [date].", "This Act shall enter into force on 1 January 2027.")
            .Replace("[The Government] may adopt implementing regulations", "The Minister may make regulations");
        var start = national.IndexOf("Article 36\n", StringComparison.Ordinal);
        var end = national.IndexOf("Article 37\n", StringComparison.Ordinal);
        national = national[..start] + national[end..];
        national = national.TrimEnd('\n') + "\n\nArticle 38\nRepeal\n\nThe Counter-Terrorism Ordinance 1999 is repealed.\n";
        national.Should().NotBe(model);
        return (model, national);
    }

    public static byte[] Redline(string model, string national) => Redline(ReadText(model, "model.txt"), ReadText(national, "national.txt"));

    public static byte[] Redline(global::ModelLaw.Documents.LegalDocument model, global::ModelLaw.Documents.LegalDocument national)
    {
        var comparison = Engine.Compare(model, national);
        using var ms = new MemoryStream();
        Engine.WriteRedlineAsync(comparison, ms).GetAwaiter().GetResult();
        return ms.ToArray();
    }
}

/// <summary>
/// The drafter's loop: open ModelLaw's redline, accept (or reject) the changes, save, compare again. The redline read
/// back, or accepted in LibreOffice and saved, gives the national text; rejected, the model. Both ways of writing an
/// article heading read as heading and title: one paragraph with a line break, or two paragraphs.
/// </summary>
[NonParallelizable]
public class RedlineReadBackTests
{
    [Test]
    public void Comparing_the_redline_again_gives_the_result_of_the_text()
    {
        var (model, national) = RedlineLoop.ModelAndEditedNational();
        var modelDoc = ReadText(model, "model.txt");
        var fromText = Engine.Compare(modelDoc, ReadText(national, "national.txt"));
        var fromRedline = Engine.Compare(modelDoc, Read(RedlineLoop.Redline(model, national), "redline.docx"));
        fromRedline.Summary.Should().BeEquivalentTo(fromText.Summary);
    }

    [Test]
    public void The_redline_accepted_and_saved_by_libreoffice_reads_as_the_national_text()
    {
        if (LibreOffice.UnoPython is null) Assert.Ignore("LibreOffice with Debian's python3-uno is not installed");
        var (model, national) = RedlineLoop.ModelAndEditedNational();
        var dir = Directory.CreateTempSubdirectory("modellaw-accept-").FullName;
        try
        {
            var redline = Path.Combine(dir, "redline.docx");
            var accepted = Path.Combine(dir, "accepted.docx");
            // LibreOffice 7.4 loading the redline through UNO dies on its comments (a --convert-to of the same file works);
            // comments are not text, so the drafter's step is played on the redline without them
            File.WriteAllBytes(redline, WithoutComments(RedlineLoop.Redline(model, national)));
            AcceptAll(redline, accepted, dir);
            var bytes = File.ReadAllBytes(accepted);
            DocxTestRead.Lines(bytes, new ReadOptions { TrackedChanges = TrackedChangesView.Original })
                .Select(l => l.Display).Should().Equal(DocxTestRead.Display(bytes), "no tracked change is left after Accept All");
            var read = Read(bytes, "accepted.docx");
            TreeEquality.FirstDifference(ReadText(national).Root, read.Root).Should().BeNull("the accepted redline is the national text");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase("one paragraph with a line break")]
    [TestCase("two paragraphs")]
    public void An_article_heading_reads_as_heading_and_title(string form)
    {
        var heading = form == "two paragraphs"
            ? $"<w:p>{R("Article 1")}</w:p><w:p>{R("Purpose")}</w:p>"
            : $"<w:p>{R("Article 1")}<w:r><w:br/></w:r>{R("Purpose")}</w:p>";
        var docx = new DocxBuilder()
            .Xml($"<w:p>{R("CHAPTER I")}<w:r><w:br/></w:r>{R("GENERAL PROVISIONS")}</w:p>")
            .Xml(heading)
            .Xml($"<w:p>{R("1. This Law protects the public against the terrorist use of new technologies.")}</w:p>")
            .Xml($"<w:p>{R("Article 2")}<w:r><w:br/></w:r>{R("Scope")}</w:p>")
            .Xml($"<w:p>{R("This Law applies to public authorities.")}</w:p>")
            .Build();

        var read = Read(docx, "law.docx");

        var text = ReadText("CHAPTER I\nGENERAL PROVISIONS\n\nArticle 1\nPurpose\n\n1. This Law protects the public against the terrorist use of new technologies.\n\n" +
                            "Article 2\nScope\n\nThis Law applies to public authorities.\n");
        TreeEquality.FirstDifference(text.Root, read.Root).Should().BeNull(form);
        read.Articles.Select(a => a.Heading).Should().Equal("Purpose", "Scope");
    }

    [Test]
    public void The_lines_of_a_paragraph_broken_for_layout_stay_one_paragraph()
    {
        var docx = new DocxBuilder()
            .Xml($"<w:p>{R("Article 1")}<w:r><w:br/></w:r>{R("Purpose")}</w:p>")
            .Xml($"<w:p>{R("This Law protects the public")}<w:r><w:br/></w:r>{R("against terrorism.")}</w:p>")
            .Xml($"<w:p>{R("It applies to every authority.")}</w:p>")
            .Build();
        var text = ReadText("Article 1\nPurpose\n\nThis Law protects the public\nagainst terrorism.\n\nIt applies to every authority.\n");
        TreeEquality.FirstDifference(text.Root, Read(docx, "law.docx").Root).Should().BeNull("as the text file hard-wrapped the same way");
    }

    [Test]
    public void Comments_and_the_redlines_own_notes_are_not_text()
    {
        var docx = new DocxBuilder()
            .ParagraphStyle("MLNote", "Redline Note")
            .Xml($"<w:p><w:pPr><w:pStyle w:val=\"MLNote\"/></w:pPr>{R("Model provisions: 37; kept: 80%.")}</w:p>")
            .Xml($"<w:p>{R("Article 1")}<w:r><w:br/></w:r>{R("Purpose")}</w:p>")
            .Xml($"<w:p><w:commentRangeStart w:id=\"0\"/>{R("This Law protects the public.")}<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")
            .Build();
        var read = Read(docx, "law.docx");
        read.Provisions.Should().Contain(p => p.Content == "This Law protects the public.");
        read.Provisions.Should().NotContain(p => p.Content.Contains("kept"));
    }

    private static byte[] WithoutComments(byte[] docx)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(ms, isEditable: true))
        {
            var main = doc.MainDocumentPart!;
            foreach (var e in main.Document!.Descendants().Where(e => e is DocumentFormat.OpenXml.Wordprocessing.CommentRangeStart
                         or DocumentFormat.OpenXml.Wordprocessing.CommentRangeEnd or DocumentFormat.OpenXml.Wordprocessing.CommentReference).ToList())
                e.Remove();
            if (main.WordprocessingCommentsPart is { } comments) main.DeletePart(comments);
        }
        return ms.ToArray();
    }

    /// <summary>Opens a .docx in LibreOffice, accepts every tracked change (Edit ▸ Track Changes ▸ Accept All) and saves it as .docx.</summary>
    private static void AcceptAll(string input, string output, string dir)
    {
        var script = Path.Combine(dir, "accept_all.py");
        File.WriteAllText(script, """
            import os, subprocess, sys, tempfile, time, uuid
            import uno
            from com.sun.star.beans import PropertyValue
            def pv(n, v):
                p = PropertyValue(); p.Name = n; p.Value = v; return p
            src, out = sys.argv[1], sys.argv[2]
            pipe = "ml_accept_" + uuid.uuid4().hex[:8]
            profile = tempfile.mkdtemp(prefix="ml_lo_")
            proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo", "-env:UserInstallation=file://" + profile,
                                     "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                local = uno.getComponentContext()
                resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
                for _ in range(300):
                    try:
                        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
                    except Exception:
                        time.sleep(0.2)
                else:
                    raise SystemExit("could not connect to soffice")
                smgr = ctx.ServiceManager
                desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
                doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
                dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, ())
                doc.storeToURL(uno.systemPathToFileUrl(out), (pv("FilterName", "MS Word 2007 XML"),))
                doc.close(True)
                try: desktop.terminate()
                except Exception: pass
            finally:
                try: proc.wait(timeout=30)
                except subprocess.TimeoutExpired: proc.kill()
            """);
        var psi = new ProcessStartInfo(LibreOffice.UnoPython!) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(input);
        psi.ArgumentList.Add(output);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not accept the changes within 3 minutes");
        }
        if (!File.Exists(output)) Assert.Fail("LibreOffice wrote no accepted document: " + err.Result);
    }
}
