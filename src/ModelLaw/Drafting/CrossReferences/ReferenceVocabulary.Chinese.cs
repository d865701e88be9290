using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

internal sealed partial record ReferenceVocabulary
{
    // Chinese names the act before the provision ("《中华人民共和国网络安全法》第二十一条", "本法第三十六条") and writes the number
    // before the level ("第三十条第二款"): the segment is 第 + number + level, and chains need no connector
    public static ReferenceVocabulary Chinese { get; } = new()
    {
        Language = "zh",
        Levels =
        [
            (@"编", ProvisionKind.Part), (@"章", ProvisionKind.Chapter), (@"节", ProvisionKind.Section), (@"条", ProvisionKind.Article),
            (@"款", ProvisionKind.Paragraph), (@"项", ProvisionKind.Point), (@"目", ProvisionKind.Subpoint),
        ],
        NumberFirst = true,
        ExtraNumber = @"[零〇一二三四五六七八九十百千两]+|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)",
        OfConnector = @"(?!)",
        InnerConnector = @"\s*",
        ListWords = @"、|，|和|及|以及|或者|或|至",
        RangeWords = new HashSet<string> { "至" },
        ListFiller = @"\s|、|，|的",
        ThisAnchor = @"(?!)",
        ThisAct = @"(?!)",
        Instrument = @"(?<act>《[^》]{1,80}》)",
        ActLink = @"(?!)",
        Before = @"(?:(?<this>本法|本条例|本规定|本办法|本决定)|(?<anchor>本(?<lvl>条|款|章|节|编))|(?<act>《[^》]{1,80}》))\s*$",
        Anaphora = @"^(?:该法|上述法律)",
        WithRegardTo = @"(?!)",
        AmendedAsFollows = @"(?:对|将)(?<act>《[^》]{1,80}》)[^。：:]{0,40}?(?:修改|修正)如下",
        Relative = @"(?<![目之以提事当眼面空史生跟门向超])(?<dir>前)(?:[两二三四])?(?<lvl>款|项|条)(?!件)",
        PrecedingWords = "前",
        IntroducesText = @"(?!)",
    };
}
