using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>One step of a target's path as an amending act names it: level and number as written ("Article", "5").</summary>
internal readonly record struct PathStep(ProvisionKind Kind, string Token);

/// <summary>
/// How an amending act words its instructions in one language: English ("Article 12 is deleted."), French
/// ("L'article 12 est supprimé.") and Russian ("Статью 12 признать утратившей силу.").
/// </summary>
internal abstract class AmendmentWording
{
    public static AmendmentWording For(string language) => language switch
    {
        "fr" => new French(),
        "ru" => new Russian(),
        _ => new English(),
    };

    public string Render(AmendingAct act)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Introduction(act.AmendedTitle));
        sb.AppendLine();
        foreach (var i in act.Instructions)
        {
            sb.Append(i.Number).Append(") ").AppendLine(i.Text);
            sb.AppendLine();
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    public abstract string Introduction(string title);

    public abstract string Delete(IReadOnlyList<PathStep> target);

    public abstract string Replace(IReadOnlyList<PathStep> target, string payload);

    public abstract string Insert(IReadOnlyList<PathStep>? anchor, int? anchorInstruction, PathStep inserted, string payload);

    public abstract string ReplaceWords(IReadOnlyList<PathStep> target, string oldWords, string newWords);

    public abstract string ReplaceHeading(IReadOnlyList<PathStep> target, string heading);

    public abstract string Renumber(IReadOnlyList<PathStep> target, PathStep renumbered);

    protected static string Quote(string payload, string open, string close) => open + payload + close;

    private sealed class English : AmendmentWording
    {
        public override string Introduction(string title) => $"{title} is amended as follows:";

        private static string Cite(IReadOnlyList<PathStep> path)
        {
            var sb = new StringBuilder();
            foreach (var s in path)
            {
                if (sb.Length == 0) sb.Append(Word(s.Kind)).Append(' ').Append(s.Token);
                else if (s.Kind is ProvisionKind.Subparagraph or ProvisionKind.Indent) sb.Append(", ").Append(Word(s.Kind).ToLowerInvariant()).Append(' ').Append(s.Token);
                else sb.Append('(').Append(s.Token).Append(')');
            }
            return sb.ToString();
        }

        private static string Word(ProvisionKind k) => k switch
        {
            ProvisionKind.Annex => "Annex",
            ProvisionKind.Preamble => "Preamble",
            _ => k.ToString(),
        };

        public override string Delete(IReadOnlyList<PathStep> t) => $"{Cite(t)} is deleted.";
        public override string Replace(IReadOnlyList<PathStep> t, string payload) => $"{Cite(t)} is replaced by the following:\n{Quote(payload, "“", "”")}";
        public override string Insert(IReadOnlyList<PathStep>? anchor, int? n, PathStep ins, string payload) =>
            $"The following {Word(ins.Kind)} {ins.Token} is inserted {(anchor is null ? "at the beginning" : $"after {Cite(anchor)}{(n is { } k ? $" (inserted by point {k})" : "")}")}:\n{Quote(payload, "“", "”")}";
        public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n) =>
            n.Length == 0 ? $"In {Cite(t)}, the words ‘{o}’ are deleted." : $"In {Cite(t)}, the words ‘{o}’ are replaced by ‘{n}’.";
        public override string ReplaceHeading(IReadOnlyList<PathStep> t, string h) => $"In {Cite(t)}, the heading is replaced by ‘{h}’.";
        public override string Renumber(IReadOnlyList<PathStep> t, PathStep r) => $"{Cite(t)} is renumbered {Word(r.Kind)} {r.Token}.";
    }

    private sealed class French : AmendmentWording
    {
        public override string Introduction(string title) => $"{title} est modifié(e) comme suit :";

        private static (string Noun, bool Feminine) Noun(ProvisionKind k) => k switch
        {
            ProvisionKind.Article => ("article", false), ProvisionKind.Paragraph => ("paragraphe", false),
            ProvisionKind.Subparagraph => ("alinéa", false), ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition => ("point", false),
            ProvisionKind.Indent => ("tiret", false), ProvisionKind.Chapter => ("chapitre", false), ProvisionKind.Title => ("titre", false),
            ProvisionKind.Part => ("partie", true), ProvisionKind.Section or ProvisionKind.Subsection => ("section", true),
            ProvisionKind.Annex => ("annexe", true), _ => ("disposition", true),
        };

        private static string Token(PathStep s) => s.Kind is ProvisionKind.Point or ProvisionKind.Subpoint ? s.Token + ")" : s.Token;

        private static string Det(PathStep s)
        {
            var (noun, fem) = Noun(s.Kind);
            return "aeiouéh".Contains(noun[0]) ? $"l'{noun} {Token(s)}" : $"{(fem ? "la" : "le")} {noun} {Token(s)}";
        }

        // "l'article 7, paragraphe 2, point a)"
        private static string Cite(IReadOnlyList<PathStep> path) =>
            string.Join(", ", path.Select((s, i) => i == 0 ? Det(s) : $"{Noun(s.Kind).Noun} {Token(s)}"));

        private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

        private static string Subject(IReadOnlyList<PathStep> t) =>
            t.Count == 1 ? Cap(Det(t[0])) : $"À {Cite(t.Take(t.Count - 1).ToList())}, {Det(t[^1])}";

        private static string Agree(IReadOnlyList<PathStep> t, string participle) => Noun(t[^1].Kind).Feminine ? participle + "e" : participle;

        public override string Delete(IReadOnlyList<PathStep> t) => $"{Subject(t)} est {Agree(t, "supprimé")}.";
        public override string Replace(IReadOnlyList<PathStep> t, string payload) => $"{Subject(t)} est {Agree(t, "remplacé")} par le texte suivant :\n{Quote(payload, "« ", " »")}";
        public override string Insert(IReadOnlyList<PathStep>? anchor, int? n, PathStep ins, string payload)
        {
            var (noun, fem) = Noun(ins.Kind);
            var where = anchor is null ? "au début" : $"après {Cite(anchor)}{(n is { } k ? $" (inséré par le point {k})" : "")}";
            return $"{(fem ? "La" : "Le")} {noun} {Token(ins)} suivant{(fem ? "e" : "")} est {(fem ? "insérée" : "inséré")} {where} :\n{Quote(payload, "« ", " »")}";
        }
        public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n) =>
            n.Length == 0 ? $"À {Cite(t)}, les mots « {o} » sont supprimés." : $"À {Cite(t)}, les mots « {o} » sont remplacés par les mots « {n} ».";
        public override string ReplaceHeading(IReadOnlyList<PathStep> t, string h) => $"À {Cite(t)}, l'intitulé est remplacé par « {h} ».";
        public override string Renumber(IReadOnlyList<PathStep> t, PathStep r) => $"{Cap(Cite(t))} devient {Det(r)}.";
    }

    private sealed class Russian : AmendmentWording
    {
        public override string Introduction(string title) => $"Внести в {title} следующие изменения:";

        private enum Case { Nom, Acc, Gen, Prep, Instr }

        private static (string[] Forms, bool Feminine) Noun(ProvisionKind k) => k switch
        {
            ProvisionKind.Article => (["статья", "статью", "статьи", "статье", "статьей"], true),
            ProvisionKind.Paragraph => (["часть", "часть", "части", "части", "частью"], true),
            ProvisionKind.Point or ProvisionKind.Definition => (["пункт", "пункт", "пункта", "пункте", "пунктом"], false),
            ProvisionKind.Subpoint => (["подпункт", "подпункт", "подпункта", "подпункте", "подпунктом"], false),
            ProvisionKind.Subparagraph or ProvisionKind.Indent => (["абзац", "абзац", "абзаца", "абзаце", "абзацем"], false),
            ProvisionKind.Chapter => (["глава", "главу", "главы", "главе", "главой"], true),
            ProvisionKind.Annex => (["приложение", "приложение", "приложения", "приложении", "приложением"], false),
            _ => (["раздел", "раздел", "раздела", "разделе", "разделом"], false),
        };

        private static string Form(PathStep s, Case c) => $"{Noun(s.Kind).Forms[(int)c]} {s.Token}";

        // "пункт 1 части 2 статьи 7": innermost in the case asked, the rest in the genitive
        private static string Cite(IReadOnlyList<PathStep> path, Case c) =>
            string.Join(" ", path.Reverse().Select((s, i) => Form(s, i == 0 ? c : Case.Gen)));

        private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

        public override string Delete(IReadOnlyList<PathStep> t) => $"{Cap(Cite(t, Case.Acc))} признать {(Noun(t[^1].Kind).Feminine ? "утратившей" : "утратившим")} силу.";
        public override string Replace(IReadOnlyList<PathStep> t, string payload) => $"{Cap(Cite(t, Case.Acc))} изложить в следующей редакции:\n{Quote(payload, "«", "»")}";
        public override string Insert(IReadOnlyList<PathStep>? anchor, int? n, PathStep ins, string payload) =>
            $"{(anchor is null ? "В начале" : $"После {Cite(anchor, Case.Gen)}{(n is { } k ? $" (включенной пунктом {k})" : "")}")} дополнить {Form(ins, Case.Instr)} следующего содержания:\n{Quote(payload, "«", "»")}";
        public override string ReplaceWords(IReadOnlyList<PathStep> t, string o, string n) =>
            n.Length == 0 ? $"В {Cite(t, Case.Prep)} слова «{o}» исключить." : $"В {Cite(t, Case.Prep)} слова «{o}» заменить словами «{n}».";
        public override string ReplaceHeading(IReadOnlyList<PathStep> t, string h) => $"Наименование {Cite(t, Case.Gen)} изложить в следующей редакции: «{h}».";
        public override string Renumber(IReadOnlyList<PathStep> t, PathStep r) => $"{Cap(Cite(t, Case.Acc))} считать {Form(r, Case.Instr)}.";
    }
}
