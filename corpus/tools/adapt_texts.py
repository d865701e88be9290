"""Language-specific wording of the es/ar/zh adaptations: layouts, filled placeholders, rewordings, new provisions."""
from adapt_lang import *

def es_article(n, head, body):
    lines = [f"Artículo {n}.º {head}." if n < 10 else f"Artículo {n}. {head}."]
    for k, text, items, wrap in body:
        lines.append(f"{k}. {text}" if k else text)
        for lab, t, subs in items:
            lines.append(f"{lab}) {t}")
            lines.extend(subs)
        if wrap: lines.append(wrap)
    return "\n\n".join(lines)

def ar_article(n, head, body):
    lines = [f"المادة {ar_ordinal_f(n)}: {head}"]
    for k, text, items, wrap in body:
        lines.append(f"{ar_indic(k)}- {text}" if k else text)
        for lab, t, subs in items:
            lines.append(f"{lab}- {t}")
        if wrap: lines.append(wrap)
    return "\n\n".join(lines)

def zh_article(n, head, body):
    lines = []
    for idx, (k, text, items, wrap) in enumerate(body):
        lines.append(f"第{zh_num(n)}条 {text}" if idx == 0 else text)
        for lab, t, subs in items:
            lines.append(f"（{lab}）{t}")
        if wrap: lines.append(wrap)
    return "\n\n".join(lines)

TEXTS = {
 "es": dict(
  state_id="aldara",
  model_name="Ley Modelo sobre la lucha contra el uso de la inteligencia artificial y otras nuevas tecnologías con fines terroristas",
  national_name="República de Aldara, Ley 14/2026, de 9 de noviembre, adaptación ficticia redactada para este corpus",
  title="LEY 14/2026, DE 9 DE NOVIEMBRE, DE PREVENCIÓN DEL USO DE LA INTELIGENCIA ARTIFICIAL Y OTRAS NUEVAS TECNOLOGÍAS CON FINES TERRORISTAS\n\nEL PRESIDENTE DE LA REPÚBLICA DE ALDARA\n\nA todos los que la presente vieren y entendieren. Sabed: Que las Cortes han aprobado y yo vengo en sancionar la siguiente Ley:",
  closing="\n\nPor tanto, mando a todos los ciudadanos y autoridades que guarden y hagan guardar esta Ley.\n\nDada en Puerto Aldara, a 9 de noviembre de 2026.\n",
  chapter=lambda n, name: f"CAPÍTULO {ES_CHAPTER[n]}\n{name}",
  article=es_article,
  written=lambda n: f"Artículo {n}.º" if n < 10 else f"Artículo {n}",
  model_written=lambda n: f"Artículo {n}",
  layout="'CAPÍTULO PRIMERO' with its name on the next line; 'Artículo 1.º Objeto.' (1.º..9.º, then 'Artículo 10. Heading.') on one line; paragraphs '1.', points 'a)', sub-points '1.º'",
  model_layout="'CAPÍTULO I' with its name on the next line; 'Artículo 1. Objeto.' on one line; paragraphs '1.', points 'a)', sub-points '1.º' (Article 2 f))",
  citation_style="'Artículo 4, apartado 1, letra a)'; an article without paragraphs: 'Artículo 18, letra a)'; 'Artículo 1.º' is cited 'Artículo 1'",
  subst=[("[Estado]", "la República de Aldara"), ("[el Gobierno]", "el Consejo de Ministros"), ("[El Gobierno]", "El Consejo de Ministros"),
         ("[nombre de la autoridad competente]", "la Agencia Nacional de Seguridad Digital"),
         ("[una autoridad judicial u otra autoridad independiente]", "un magistrado de la Audiencia Nacional"),
         ("[la ley de protección de datos]", "la Ley Orgánica de Protección de Datos Personales"),
         ("[La comisión competente del Parlamento]", "La Comisión de Interior de las Cortes"), ("[el Parlamento]", "las Cortes"),
         ("[la autoridad competente]", "la Agencia Nacional de Seguridad Digital"), ("[La autoridad coordinadora]", "La Agencia Nacional de Seguridad Digital"),
         ("[no menos de ... ni más de ...]", "cinco a quince"), ("[importe]", "diez millones de euros"),
         ("[referencia a la ley nacional antiterrorista]", "el Código Penal"), ("[referencia a la ley aplicable]", "la Ley de la Defensa Nacional"),
         ("de la República de Aldara", "de la República de Aldara"), ("de la la", "de la"), ("a las Cortes", "a las Cortes")],
  rewords=[("1.1", "prevenir y combatir", "prevenir, detectar y combatir"),
           ("1.2.4", ", la alerta temprana y el fortalecimiento de capacidades", " y la alerta temprana"),
           ("5.1", "siempre que utilicen nuevas tecnologías con fines antiterroristas", "cuando utilicen nuevas tecnologías en la lucha contra el terrorismo"),
           ("10.2", "estrictamente necesaria", "indispensable"),
           ("22.1", "un tribunal independiente e imparcial", "los juzgados y tribunales"),
           ("2.None.7", "tal como se define en el Código Penal", "tal como se define en el Código Penal de la República"),
           ("24.2", "en el plazo de [una] hora", "en el plazo máximo de una hora"),
           ("21.2", ", las evaluaciones realizadas en virtud del artículo 12 y los incidentes notificados en virtud del artículo 16, apartado 3.", " y las evaluaciones realizadas en virtud del artículo 12.")],
  headings={},
  **{"h-dp": "Relación con la legislación de protección de datos",
     "new-dp": "El tratamiento de datos personales previsto en la presente Ley se rige por la Ley Orgánica de Protección de Datos Personales, cuyas garantías se aplican íntegramente a las autoridades competentes, sin perjuicio de las reglas especiales establecidas en el capítulo III.",
     "def-national": "«Agencia»: la Agencia Nacional de Seguridad Digital, autoridad coordinadora a efectos de la presente Ley;",
     "h-legal": "Legalidad, necesidad y proporcionalidad",
     "merge-11": "Cada autoridad competente seguirá siendo responsable de toda decisión adoptada con la asistencia de un sistema de inteligencia artificial, rendirá cuentas de ella y no podrá atribuir esa responsabilidad al sistema ni excluirla alegando que la decisión se adoptó con su asistencia.",
     "h-auth": "Autorización judicial",
     "split-7.2a": "El uso de un sistema de alto riesgo estará sujeto a la autorización previa de un magistrado de la Audiencia Nacional, a solicitud motivada de la autoridad competente.",
     "split-7.2b": "En los casos de urgencia previstos por la ley, la autorización deberá solicitarse en el plazo de 48 horas desde el inicio del uso; si se deniega, el uso cesará de inmediato y los datos obtenidos se suprimirán.",
     "h-wb": "Protección de los informantes",
     "new-wb1": "Ningún funcionario podrá ser sancionado por comunicar de buena fe al órgano de supervisión un uso de nuevas tecnologías contrario a la presente Ley.",
     "new-wb2": "El informante que sufra represalias podrá reclamar ante el órgano de supervisión y tendrá derecho a la reparación del perjuicio sufrido.",
     "h-synth": "Difusión de medios sintéticos con fines terroristas",
     "h-ci": "Ataques contra infraestructuras críticas",
     "new-ci": "Comete un delito quien utilice intencionadamente un sistema de inteligencia artificial para atacar, perturbar o inutilizar infraestructuras críticas con el fin de cometer un delito de terrorismo.",
     "h-review": "Revisión y desarrollo reglamentario",
     "entry": "La presente Ley entrará en vigor a los tres meses de su publicación en el Boletín Oficial de la República de Aldara.",
     "changes": {
       "renumbered": "new Article 5 (relation with data-protection law) shifts the later articles; merges, splits and drops renumber the rest (38 articles in all)",
       "merged_articles": [{"model": ["Artículo 7", "Artículo 8"], "national": "Artículo 8"}, {"model": ["Artículo 35", "Artículo 36"], "national": "Artículo 37"}],
       "merged_paragraphs": [{"model": ["Artículo 11, apartado 1", "Artículo 11, apartado 3"], "national": "Artículo 11, apartado 1"}],
       "split_articles": [{"model": "Artículo 27", "national": ["Artículo 27", "Artículo 28"]}],
       "split_paragraphs": [{"model": "Artículo 7, apartado 2", "national": ["Artículo 13, apartado 1", "Artículo 13, apartado 2"]}],
       "moved": ["model Article 7(2) (prior authorisation) from Chapter II to Chapter III as its own article", "model Article 9(3) (bias testing) into the risk-assessment article as its paragraph 4", "model Article 23 (early warning) from Chapter V to Chapter VII", "model Article 36 (an article) became paragraph 3 of the review article"],
       "dropped": ["Artículo 16", "Artículo 34", "Artículo 13, apartado 3, letra b)", "Artículo 20, apartado 4", "Artículo 31, apartado 3"],
       "added": ["Artículo 2, letra f) (definition of the Agency; later definitions shift by one letter)", "Artículo 5", "Artículo 23 (whistleblowers)", "Artículo 31 (attacks on critical infrastructure)"],
       "reworded": "placeholders filled everywhere; rewording in Articles 1, 5, 10, 22, 24 and others; cross-references renumbered",
       "principles_absent": ["robustness-security (model Article 16 dropped)", "capacity-building (model Article 34 dropped; 'fortalecimiento de capacidades' removed from Article 1, apartado 2, letra e))"]},
     "checks": ["Artículo 1", "Artículo 1, apartado 2, letra e)", "Artículo 2, letra f)", "Artículo 2, letra g)", "Artículo 5", "Artículo 8", "Artículo 12, apartado 4", "Artículo 13, apartado 2", "Artículo 37, apartado 3"],
     "model_checks": [("Artículo 1, apartado 2, letra a)", "establece principios y garantías"), ("Artículo 2, letra f)", "«uso de alto riesgo»:"), ("Artículo 2, letra i)", "«medios sintéticos»:"), ("Artículo 12, apartado 3", "La evaluación se presentará"), ("Artículo 18, letra d)", "el uso de la identificación"), ("Artículo 37", "La presente Ley entrará")]}),
 "ar": dict(
  state_id="alwaha",
  model_name="القانون النموذجي بشأن مكافحة استخدام الذكاء الاصطناعي وغيره من التكنولوجيات الجديدة لأغراض إرهابية",
  national_name="دولة الواحة، نظام مكافحة استخدام الذكاء الاصطناعي والتقنيات الحديثة لأغراض إرهابية (تكييف خيالي كُتب لهذه المجموعة)",
  title="نظام مكافحة استخدام الذكاء الاصطناعي والتقنيات الحديثة لأغراض إرهابية\n\nصادر بالمرسوم رقم (م/44) وتاريخ 9/11/2026",
  closing="\n",
  chapter=lambda n, name: f"الفصل {AR_CHAPTER_M[n]}: {name}",
  article=ar_article,
  written=lambda n: f"المادة {ar_ordinal_f(n)}",
  model_written=lambda n: f"المادة {n}",
  layout="chapter number and name on one line after a colon ('الفصل الأول: أحكام عامة'); article numbers as feminine ordinal words with the heading after a colon ('المادة الحادية والعشرون: الرقابة البرلمانية'); paragraphs in Arabic-Indic digits '١-', points in abjad order 'أ-', 'ب-', 'ج-', 'د-', 'هـ-' (with tatweel), 'و-'",
  model_layout="'الفصل الأول' with its name on the next line; 'المادة 1' with its heading on the next line; paragraphs '1-', points '(أ)' in abjad order ('(هـ)' with tatweel); the three examples of Article 2 (و) stay inline in the point",
  citation_style="'المادة 4، الفقرة 1، البند (أ)' (article first, Western digits, as the other corpus languages); an article without paragraphs: 'المادة 18، البند (أ)'; 'المادة الأولى' is cited 'المادة 1'",
  subst=[("هذا القانون", "هذا النظام"), ("تحددها [الحكومة]", "يحددها مجلس الوزراء"), ("لـ[الحكومة] أن تعتمد", "لمجلس الوزراء أن يعتمد"),
         ("لـ[الحكومة] أن تبرم", "لمجلس الوزراء أن يبرم"), ("تكفل [الحكومة]", "يكفل مجلس الوزراء"), ("تعيّن [الحكومة]", "يعيّن مجلس الوزراء"), ("لهذا القانون", "لهذا النظام"), ("[الدولة]", "دولة الواحة"), ("لـ[الحكومة]", "لمجلس الوزراء"), ("[الحكومة]", "مجلس الوزراء"),
         ("[اسم السلطة المختصة]", "الهيئة الوطنية للأمن الرقمي"), ("وفقاً لـ[قانون حماية البيانات]", "وفقاً لنظام حماية البيانات الشخصية"),
         ("[سلطة قضائية أو سلطة مستقلة أخرى]", "المحكمة الجزائية المتخصصة"), ("[اللجنة المختصة في البرلمان]", "لجنة الأمن في مجلس الشورى"),
         ("[البرلمان]", "مجلس الشورى"), ("[السلطة المنسِّقة]", "الهيئة الوطنية للأمن الرقمي"), ("[السلطة المختصة]", "الهيئة الوطنية للأمن الرقمي"),
         ("[لا تقل عن ... ولا تزيد على ...]", "لا تقل عن خمس ولا تزيد على خمس عشرة"), ("[المبلغ]", "عشرة ملايين ريال"),
         ("[الإحالة إلى القانون الوطني لمكافحة الإرهاب]", "نظام مكافحة الإرهاب"), ("[الإحالة إلى القانون المنطبق]", "نظام الخدمة العسكرية")],
  rewords=[("1.1", "منع ومكافحة", "الوقاية من ومكافحة"),
           ("4.1", "والقانون الدولي للاجئين والقانون الدولي الإنساني", "والقانون الدولي للاجئين"),
           ("5.1", "كلما استخدمت", "عند استخدامها"),
           ("10.2", "بالقدر الضروري تماماً", "بالقدر اللازم"),
           ("22.1", "أمام محكمة مستقلة ونزيهة", "أمام ديوان المظالم"),
           ("24.2", "في غضون [ساعة واحدة]", "خلال ساعة واحدة من تلقيه الأمر"),
           ("3.2", "، دون الإخلال بالمادة 6", "")],
  headings={},
  **{"h-dp": "العلاقة بنظام حماية البيانات الشخصية",
     "new-dp": "تخضع معالجة البيانات الشخصية المنصوص عليها في هذا النظام لأحكام نظام حماية البيانات الشخصية، وتسري ضماناته على السلطات المختصة كاملةً، دون الإخلال بالقواعد الخاصة الواردة في الفصل الثالث.",
     "def-national": "يُقصد بـ\"الهيئة\" الهيئة الوطنية للأمن الرقمي بوصفها السلطة المنسِّقة لأغراض هذا النظام؛",
     "h-legal": "الشرعية والضرورة والتناسب",
     "merge-11": "تظل كل سلطة مختصة مسؤولة وخاضعة للمساءلة عن كل قرار يُتخذ بمساعدة نظام ذكاء اصطناعي، ولا يجوز لها إسناد هذه المسؤولية إلى النظام أو استبعادها بحجة أن القرار اتُّخذ بمساعدته.",
     "h-auth": "الإذن القضائي",
     "split-7.2a": "يخضع استخدام نظام عالي المخاطر لإذن مسبق من المحكمة الجزائية المتخصصة بناءً على طلب مسبَّب من السلطة المختصة.",
     "split-7.2b": "في حالات الاستعجال التي يحددها النظام، يُطلب الإذن خلال 48 ساعة من بدء الاستخدام، فإن رُفض الطلب وجب وقف الاستخدام فوراً وحذف البيانات التي جُمعت.",
     "h-wb": "حماية المبلّغين",
     "new-wb1": "لا يجوز معاقبة أي موظف لإبلاغه هيئة الرقابة بحسن نية عن استخدام للتقنيات الحديثة يخالف هذا النظام.",
     "new-wb2": "للمبلّغ الذي يتعرض لإجراء انتقامي أن يتظلم أمام هيئة الرقابة، وله الحق في جبر الضرر الذي لحقه.",
     "h-synth": "نشر الوسائط الاصطناعية لأغراض إرهابية",
     "h-ci": "الاعتداء على البنية التحتية الحيوية",
     "new-ci": "يرتكب جريمة كل من يستخدم عمداً نظام ذكاء اصطناعي للاعتداء على البنية التحتية الحيوية أو تعطيلها أو إتلافها بهدف ارتكاب جريمة إرهابية.",
     "h-review": "المراجعة واللوائح التنفيذية",
     "entry": "يُعمل بهذا النظام بعد تسعين يوماً من تاريخ نشره في الجريدة الرسمية.",
     "changes": {
       "renumbered": "new Article 5 (relation with the personal data protection law) shifts the later articles; merges, splits and drops renumber the rest (38 articles in all)",
       "merged_articles": [{"model": ["المادة 7", "المادة 8"], "national": "المادة 7"}, {"model": ["المادة 35", "المادة 36"], "national": "المادة 37"}],
       "merged_paragraphs": [{"model": ["المادة 11، الفقرة 1", "المادة 11، الفقرة 3"], "national": "المادة 10، الفقرة 1"}],
       "split_articles": [{"model": "المادة 27", "national": ["المادة 26", "المادة 27"]}],
       "split_paragraphs": [{"model": "المادة 7، الفقرة 2", "national": ["المادة 12، الفقرة 1", "المادة 12، الفقرة 2"]}],
       "moved": ["model Article 7(2) from Chapter II to Chapter III as its own article", "model Article 9(3) into the risk-assessment article as its paragraph 4", "model Article 23 (early warning) from Chapter V to Chapter VII", "model Article 36 became paragraph 3 of the review article"],
       "dropped": ["المادة 6", "المادة 26", "المادة 13، الفقرة 3، البند (ب)", "المادة 20، الفقرة 4", "المادة 31، الفقرة 3"],
       "added": ["المادة 2، البند (و) (definition of the Authority; later definitions shift by one letter)", "المادة 5", "المادة 23 (whistleblowers)", "المادة 30 (attacks on critical infrastructure)"],
       "reworded": "'هذا القانون' becomes 'هذا النظام' throughout (Gulf usage); placeholders filled; rewording in Articles 1, 4, 5, 10, 22, 24; cross-references renumbered",
       "principles_absent": ["ihl (model Article 6 dropped; 'القانون الدولي الإنساني' removed from Article 4(1))", "stakeholder-engagement (model Article 26 dropped)"]},
     "checks": ["المادة 1", "المادة 1، الفقرة 2، البند (هـ)", "المادة 2، البند (و)", "المادة 2، البند (ز)", "المادة 5", "المادة 7", "المادة 11، الفقرة 4", "المادة 12، الفقرة 2", "المادة 37، الفقرة 3"],
     "model_checks": [("المادة 1، الفقرة 2، البند (أ)", "يضع مبادئ وضمانات"), ("المادة 2، البند (و)", "يُقصد بـ\"الاستخدام العالي المخاطر\""), ("المادة 2، البند (ك)", "يُقصد بـ\"هيئة الرقابة\""), ("المادة 12، الفقرة 3", "يُقدَّم التقييم إلى"), ("المادة 18، البند (د)", "استخدام تحديد الهوية"), ("المادة 37", "يبدأ نفاذ هذا")]}),
 "zh": dict(
  state_id="haicheng",
  model_name="关于打击为恐怖主义目的使用人工智能和其他新技术的示范法",
  national_name="海澄共和国人工智能和新技术反恐法（为本语料库编写的虚构改编）",
  title="# 海澄共和国人工智能和新技术反恐法\n\n（2026年11月9日国家议会通过）\n\n<!-- INFO END -->",
  closing="\n",
  chapter=lambda n, name: f"## 第{zh_num(n)}章 {name}",
  article=zh_article,
  written=lambda n: f"第{zh_num(n)}条",
  model_written=lambda n: f"第{zh_num(n)}条",
  layout="Markdown: '# ' title line, '## 第一章 总则' chapter lines, an HTML comment line; '第一条 ' (ASCII space) with the first paragraph (款) on the same line; further 款 unnumbered on their own lines; items '（一）' in full-width brackets",
  model_layout="'第一章　总则' and '第一条　' with the ideographic space U+3000; the first 款 on the article line, further 款 unnumbered on their own lines; items '（一）'; no article headings; the three examples of 第二条第（六）项 stay inline",
  citation_style="'第四条第一款第（一）项' (款 counted only when the article has more than one); an article with one 款: '第十八条第（一）项'",
  subst=[("在[国家]境内", "在海澄共和国境内"), ("[国家]", "海澄共和国"), ("[政府]", "国务院"), ("[主管机关名称]", "国家数字安全局"),
         ("[司法机关或者其他独立机关]", "人民法院"), ("[数据保护法]", "《个人信息保护法》"), ("[议会主管委员会]", "国家议会安全委员会"),
         ("[议会]", "国家议会"), ("[协调机关]", "国家数字安全局"), ("[主管机关]", "国家数字安全局"), ("[……以上……以下]", "五年以上十五年以下"),
         ("[数额]", "一千万元"), ("[国家反恐法律名称]", "《反恐怖主义法》"), ("[适用法律名称]", "《国防法》")],
  rewords=[("1.1", "为了预防和打击", "为了防范和惩治"),
           ("1.2.4", "规定国际合作、早期预警和能力建设", "规定国际合作和能力建设"),
           ("5.1", "主管机关为反恐目的使用新技术时", "主管机关在反恐工作中使用新技术时"),
           ("10.2", "严格必要的限度内", "必要的限度内"),
           ("22.1", "有权向独立和公正的法庭寻求有效救济", "有权依法向人民法院提起诉讼"),
           ("24.2", "应当在[一]小时内", "应当立即并最迟在一小时内")],
  headings={},
  **{"h-dp": None, "h-legal": None, "h-auth": None, "h-wb": None, "h-synth": None, "h-ci": None, "h-review": None,
     "new-dp": "本法规定的个人数据处理活动，适用《个人信息保护法》的规定；本法第三章另有特别规定的，适用其规定。",
     "def-national": "“数字安全局”，是指作为本法所称协调机关的国家数字安全局；",
     "merge-11": "各主管机关对借助人工智能系统作出的每一项决定承担责任并接受问责，不得将责任归于人工智能系统，也不得以决定是借助该系统作出为由免除责任。",
     "split-7.2a": "使用高风险系统，应当根据主管机关说明理由的申请，事先获得人民法院的批准。",
     "split-7.2b": "法律规定的紧急情况下，应当在开始使用后四十八小时内申请批准；申请未获批准的，应当立即停止使用并删除所获取的数据。",
     "new-wb1": "任何工作人员不因善意向监督机构报告违反本法使用新技术的行为而受到处分。",
     "new-wb2": "报告人遭受打击报复的，可以向监督机构申诉，并有权获得赔偿。",
     "new-ci": "故意使用人工智能系统攻击、破坏关键信息基础设施或者使其丧失功能，以实施恐怖主义犯罪的，构成犯罪。",
     "entry": "本法自公布之日起三个月后施行。",
     "changes": {
       "renumbered": "new Article 5 (relation with the personal information protection law) shifts the later articles; merges, splits and drops renumber the rest (38 articles in all)",
       "merged_articles": [{"model": ["第七条", "第八条"], "national": "第八条"}, {"model": ["第三十五条", "第三十六条"], "national": "第三十七条"}],
       "merged_paragraphs": [{"model": ["第十一条第一款", "第十一条第三款"], "national": "第十条第一款"}],
       "split_articles": [{"model": "第二十七条", "national": ["第二十七条", "第二十八条"]}],
       "split_paragraphs": [{"model": "第七条第二款", "national": ["第十二条第一款", "第十二条第二款"]}],
       "moved": ["model 第七条第二款 from Chapter II to Chapter III as its own article", "model 第二十三条 (early warning) dropped rather than moved", "model 第三十六条 became 第三款 of the review article"],
       "dropped": ["第九条", "第二十三条", "第十三条第三款第（二）项", "第二十条第四款", "第三十一条第三款"],
       "added": ["第二条第（六）项 (definition of the Digital Security Administration; later items shift by one)", "第五条", "第二十三条 (whistleblowers)", "第三十一条 (attacks on critical infrastructure)"],
       "reworded": "placeholders filled; rewording in Articles 1, 5, 10, 22, 24; cross-references renumbered (Chinese numerals)",
       "principles_absent": ["non-discrimination (model 第九条 dropped)", "early-warning (model 第二十三条 dropped; 早期预警 removed from 第一条第二款第（五）项)"]},
     "checks": ["第一条第二款第（五）项", "第二条第（六）项", "第二条第（七）项", "第五条", "第十二条第二款", "第三十七条第三款"],
     "model_checks": [("第一条第二款第（一）项", "确立主管机关设计、采购、部署"), ("第二条第（六）项", "“高风险使用”，是指"), ("第十二条第四款", "评估应当在部署前提交监督机构"), ("第十八条第（四）项", "在公众可进入的场所使用实时"), ("第三十七条", "本法自[日期]起施行。")]}),
}
