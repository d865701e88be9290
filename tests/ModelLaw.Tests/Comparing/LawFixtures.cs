using ModelLaw.Documents;

namespace ModelLaw.Tests.Comparing;

/// <summary>Small realistic legal texts built with <see cref="ProvisionBuilder"/>.</summary>
internal static class LawFixtures
{
    public static LegalDocument Doc(string language, params ProvisionBuilder[] top)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        foreach (var t in top) root.Add(t);
        return new LegalDocument(root.Build(), "fixture", language);
    }

    public static ProvisionBuilder Chapter(string number, string heading, params ProvisionBuilder[] articles)
    {
        var c = new ProvisionBuilder(ProvisionKind.Chapter) { Number = new ProvisionNumber($"CHAPTER {number}", number, null), Heading = heading };
        foreach (var a in articles) c.Add(a);
        return c;
    }

    /// <summary>An article whose paragraphs are numbered 1, 2, 3... in the order given.</summary>
    public static ProvisionBuilder Art(string number, string heading, params string[] paragraphs)
    {
        var a = new ProvisionBuilder(ProvisionKind.Article) { Number = new ProvisionNumber($"Article {number}", number, null), Heading = heading };
        if (paragraphs.Length == 1) a.Content = paragraphs[0];
        else for (int i = 0; i < paragraphs.Length; i++) a.Add(Para((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraphs[i]));
        return a;
    }

    public static ProvisionBuilder ArtWith(string number, string heading, params ProvisionBuilder[] parts)
    {
        var a = new ProvisionBuilder(ProvisionKind.Article) { Number = new ProvisionNumber($"Article {number}", number, null), Heading = heading };
        foreach (var p in parts) a.Add(p);
        return a;
    }

    public static ProvisionBuilder Para(string number, string text, params ProvisionBuilder[] points)
    {
        var p = new ProvisionBuilder(ProvisionKind.Paragraph) { Number = new ProvisionNumber($"{number}.", number, null), Content = text };
        foreach (var x in points) p.Add(x);
        return p;
    }

    public static ProvisionBuilder Point(string letter, string text) =>
        new(ProvisionKind.Point) { Number = new ProvisionNumber($"({letter})", letter, null), Content = text };

    // ---- English model law on countering the terrorist use of AI (paraphrased for tests)

    public static readonly string[] Purpose =
    [
        "The purpose of this Law is to prevent and counter the use of artificial intelligence and other new technologies for terrorist purposes, while ensuring respect for human rights and the rule of law.",
        "To that end, this Law lays down principles and safeguards for the design, acquisition, deployment and use of artificial intelligence systems by competent authorities.",
    ];

    public static readonly string[] Definitions =
    [
        "For the purposes of this Law, 'artificial intelligence system' means a machine-based system that infers from the input it receives how to generate outputs such as predictions, content, recommendations or decisions.",
        "'Competent authority' means any public authority designated under Article 5 to prevent, investigate or prosecute terrorist offences.",
    ];

    public static readonly string[] Oversight =
    [
        "An independent oversight body shall review every deployment of an artificial intelligence system by a competent authority for counter-terrorism purposes.",
        "The oversight body shall have access to all records, logs and technical documentation it deems necessary and shall report annually to Parliament.",
        "The oversight body may order the suspension of a deployment that it finds incompatible with this Law.",
    ];

    public static readonly string[] HumanControl =
    [
        "No decision producing legal effects for a person shall be based solely on the output of an artificial intelligence system.",
        "Every such decision shall be reviewed by a natural person who has the competence, training and authority to override the output of the system.",
    ];

    public static readonly string[] Offences =
    [
        "Any person who intentionally uses an unmanned aircraft or an autonomous robotic system to commit a terrorist offence shall be liable to imprisonment for a term not exceeding [number] years.",
        "Any person who develops or distributes software designed to generate terrorist propaganda at scale commits an offence.",
    ];

    public static readonly string[] Cooperation =
    [
        "The competent authorities shall cooperate with the authorities of other States, with international organisations and with the private sector in the exchange of information on threats arising from the terrorist use of new technologies.",
    ];

    public static readonly string[] EntryIntoForce =
    [
        "This Law shall enter into force on the thirtieth day following its publication in the official gazette.",
    ];

    public static LegalDocument EnglishModel() => Doc("en",
        Chapter("I", "General provisions",
            Art("1", "Purpose", Purpose),
            Art("2", "Definitions", Definitions)),
        Chapter("II", "Safeguards",
            Art("3", "Independent oversight", Oversight),
            Art("4", "Human control", HumanControl)),
        Chapter("III", "Offences and cooperation",
            Art("5", "Offences", Offences),
            Art("6", "International cooperation", Cooperation),
            Art("7", "Entry into force", EntryIntoForce)));

    // ---- French and Russian articles

    public static readonly string[] FrenchOversight =
    [
        "Un organe de contrôle indépendant examine chaque déploiement d'un système d'intelligence artificielle par une autorité compétente à des fins de lutte contre le terrorisme.",
        "L'organe de contrôle a accès à tous les registres, journaux et documents techniques qu'il juge nécessaires et fait rapport chaque année au Parlement.",
    ];

    public static readonly string[] FrenchHumanControl =
    [
        "Aucune décision produisant des effets juridiques à l'égard d'une personne ne peut être fondée exclusivement sur le résultat d'un système d'intelligence artificielle.",
        "Toute décision de ce type est réexaminée par une personne physique disposant de la compétence, de la formation et de l'autorité nécessaires pour écarter le résultat du système.",
    ];

    public static readonly string[] RussianOversight =
    [
        "Независимый орган надзора проверяет каждое применение системы искусственного интеллекта компетентным органом в целях противодействия терроризму.",
        "Орган надзора имеет доступ ко всем журналам, записям и технической документации и ежегодно отчитывается перед парламентом.",
    ];

    public static readonly string[] RussianHumanControl =
    [
        "Ни одно решение, порождающее правовые последствия для лица, не может быть основано исключительно на результате работы системы искусственного интеллекта.",
        "Каждое такое решение проверяется физическим лицом, обладающим компетенцией, подготовкой и полномочиями для отмены результата работы системы.",
    ];
}
