using System.Collections.Frozen;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>Small per-language tables for rewording: drafting synonyms (both ways) and clauses a national drafter inserts.</summary>
internal static class RewordVocabulary
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> SynonymTables = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["en"] = BothWays(("shall", "must"), ("may", "can"), ("ensure", "guarantee"), ("provide", "supply"), ("require", "oblige"),
            ("competent", "designated"), ("authority", "body"), ("measures", "steps"), ("appropriate", "suitable"), ("relevant", "pertinent"),
            ("information", "particulars"), ("person", "individual"), ("within", "inside"), ("pursuant", "according"), ("paragraph", "subsection"),
            ("order", "decision"), ("notify", "inform"), ("publish", "make public"), ("purpose", "aim"), ("laid", "set")),
        ["fr"] = BothWays(("doit", "est tenu de"), ("peut", "a la faculté de"), ("veillent", "s'assurent"), ("autorité", "instance"),
            ("compétente", "désignée"), ("mesures", "dispositions"), ("informations", "renseignements"), ("personne", "entité"),
            ("conformément", "en application"), ("approprié", "adéquat"), ("notamment", "en particulier"), ("publie", "rend public"),
            ("délai", "terme"), ("demande", "requête")),
        ["es"] = BothWays(("deberá", "habrá de"), ("podrá", "tendrá la facultad de"), ("ley", "norma"), ("derecho", "facultad"),
            ("ciudadanos", "españoles"), ("poderes", "órganos"), ("públicos", "estatales"), ("garantiza", "asegura"), ("establecerá", "fijará"),
            ("regulará", "ordenará"), ("funciones", "competencias"), ("miembros", "integrantes"), ("órgano", "organismo")),
        ["ru"] = BothWays(("обязан", "должен"), ("вправе", "может"), ("орган", "ведомство"), ("компетентный", "уполномоченный"),
            ("меры", "действия"), ("информация", "сведения"), ("лицо", "субъект"), ("обеспечивает", "гарантирует"), ("настоящего", "данного"),
            ("осуществляет", "выполняет"), ("порядке", "режиме")),
        ["ar"] = BothWays(("يجب", "يتعين"), ("يجوز", "يمكن"), ("الجهة", "الهيئة"), ("المختصة", "المعنية"), ("الإجراءات", "التدابير")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> ClauseTables = new Dictionary<string, string[]>
    {
        ["en"] = [", in accordance with national law,", ", where appropriate,", ", subject to the conditions laid down by regulation,", ", without undue delay,"],
        ["fr"] = [", conformément au droit national,", ", le cas échéant,", ", dans les conditions fixées par décret,", ", sans retard injustifié,"],
        ["es"] = [", de conformidad con la legislación vigente,", ", en su caso,", ", en los términos que establezca la ley,", ", sin demora,"],
        ["ru"] = [", в соответствии с законодательством,", ", при необходимости,", ", в порядке, установленном правительством,", ", без промедления,"],
        ["zh"] = ["，依照国家有关规定，", "，必要时，", "，按照国务院的规定，"],
        ["ar"] = ["، وفقا للأنظمة المعمول بها،", "، عند الاقتضاء،", "، دون تأخير،"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower-case word → synonym for the language (empty when there is no table).</summary>
    public static FrozenDictionary<string, string> Synonyms(string language) =>
        SynonymTables.GetValueOrDefault(language) ?? FrozenDictionary<string, string>.Empty;

    /// <summary>Clauses to insert for the language (English when there is no table).</summary>
    public static IReadOnlyList<string> Clauses(string language) => ClauseTables.GetValueOrDefault(language) ?? ClauseTables["en"];

    private static FrozenDictionary<string, string> BothWays(params (string A, string B)[] pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs) { d.TryAdd(a, b); d.TryAdd(b, a); }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
