// The pane's own words in English, French, Russian, Spanish and Arabic (right to left). The language is Office's display
// language inside Office (Office.context.displayLanguage), else the browser's; anything else falls back to English.
// Latin file names inside Arabic are wrapped in Unicode isolates (\u2066…\u2069) so ".docx" keeps its dot on the left.
// Static text is marked in index.html with data-i18n (text), data-i18n-title (tooltip) and data-i18n-label (option groups).
"use strict";

(() => {
  const strings = {
    en: {
      compareOptions: "Compare options", ignoreCase: "Ignore case", ignorePunctuation: "Ignore punctuation", ignoreLabelStyle: "Ignore the style of labels: 1. and (1)", ignorePlaceholderBrackets: "Ignore placeholder brackets: [five] and five",
      host: "Where the pane runs", browser: "Browser", word: "Word", help: "Help",
      legendModel: "1 · Model law", labelModel: "Model", loadingModels: "Loading the shipped models…", modelFile: "Model file (.docx, .txt, Akoma Ntoso .xml)",
      shippedModels: "Shipped model laws", uploadModel: "Upload a model law…",
      legendNational: "2 · National text", wordHint: "The document open in Word is sent as it is now (unsaved changes included).",
      nationalFile: "National text (.docx, .txt, Akoma Ntoso .xml)",
      legendPrinciples: "3 · Key principles", labelCatalog: "Principle catalogue", none: "None",
      compare: "Compare", redline: "Redline .docx", openRedline: "Open redline", redlineTitle: "The national text with the changes against the model as tracked changes",
      insertComments: "Insert comments", insertCommentsTitle: "Add the gaps and coverage findings to the document as comments",
      tools: "Drafting tools", lint: "Check the draft", amend: "Amending act", table: "Comparative table", report: "HTML report",
      lintTitle: "Checks of the draft (dangling references, numbering, definitions…)", amendTitle: "The amending act that turns the model into the national text",
      tableTitle: "Two-column comparative table (.docx)", reportTitle: "The full report with the side-by-side view (.html)",
      summary: "Summary", concordance: "Concordance", concordanceHint: "Click a row to see the word-level changes.",
      concordanceHintWord: "Click a row to see the word-level changes and select the provision in the document.",
      colModel: "Model", colNational: "National", colRelation: "Relation", changes: "Changes",
      coverage: "Coverage of key principles", colPrinciple: "Principle", colStatus: "Status", colEvidence: "Evidence",
      modelUnits: "Model articles", verbatim: "Verbatim", modified: "Modified", moved: "Moved", splitMerged: "Split / merged",
      omitted: "Omitted", added: "Added", kept: "Model text kept",
      reading: "Reading the open document…", comparing: "Comparing…", done: "Done.", doneAcross: "Done: compared across languages ('{model}' model, '{national}' text), without word-level changes.", writingRedline: "Writing the redline…",
      downloaded: "Downloaded: {name}.", openedInWord: "Opened as a new document: {what}.",
      chooseModelFile: "Choose the model law file.", chooseModel: "Choose a model law.", chooseNational: "Choose the national text file.",
      modelsFailed: "Could not list the shipped models ({error}); upload one instead.",
      detected: "The text is in {language}: the model in {language} is selected.", detecting: "Reading the text…",
      notTaken: "Not taken over in the national text.", notInModel: "Not in the model.", noChange: "No change in the wording.",
      noDetails: "No details for this row.", similarity: "similarity", noneFound: "none found", more: "{n} more", viaModel: "via model: {status}",
      linting: "Checking the draft…", lintSummary: "{errors} error(s), {warnings} warning(s), {infos} note(s)", lintClean: "No finding: the draft passes every check.",
      writingAct: "Writing the amending act…", instructions: "{n} instruction(s)", downloadText: "Download .txt", downloadJson: "Download .json",
      writingTable: "Writing the comparative table…", writingReport: "Writing the report…",
      commentsInserted: "{n} comment(s) inserted.", commentsFailed: "Could not insert comments: {error}",
      selectFailed: "Could not select the provision: {error}", notFound: "This provision was not found in the open document.",
      commentOmitted: "ModelLaw: model {model} has no counterpart in this text.", commentAdapted: "ModelLaw: {relation} from model {model} ({similarity} similar).",
      commentDropped: "Model wording not kept: {words}.", commentAdded: "Added: {words}.", adapted: "adapted",
      commentAbsent: "ModelLaw: the principle \"{name}\" is not addressed in this text.",
      commentPartial: "ModelLaw: the principle \"{name}\" is mentioned here but not operationalised (no obligation, authority or procedure).",
      relation: { identical: "identical", equivalent: "equivalent", modified: "modified", renumbered: "renumbered", moved: "moved", split: "split", merged: "merged", omitted: "omitted", added: "added", samerole: "same role" },
      status: { covered: "covered", partial: "partial", absent: "absent" },
      severity: { error: "error", warning: "warning", info: "note" },
      languages: { en: "English", fr: "French", ru: "Russian", es: "Spanish", ar: "Arabic", zh: "Chinese" },
    },
    fr: {
      compareOptions: "Options de comparaison", ignoreCase: "Ignorer la casse", ignorePunctuation: "Ignorer la ponctuation", ignoreLabelStyle: "Ignorer le style des numéros : 1. et (1)", ignorePlaceholderBrackets: "Ignorer les crochets des blancs : [cinq] et cinq",
      host: "Où le volet s'exécute", browser: "Navigateur", word: "Word", help: "Aide",
      legendModel: "1 · Loi type", labelModel: "Modèle", loadingModels: "Chargement des lois types fournies…", modelFile: "Fichier de la loi type (.docx, .txt, Akoma Ntoso .xml)",
      shippedModels: "Lois types fournies", uploadModel: "Importer une loi type…",
      legendNational: "2 · Texte national", wordHint: "Le document ouvert dans Word est envoyé tel quel (modifications non enregistrées comprises).",
      nationalFile: "Texte national (.docx, .txt, Akoma Ntoso .xml)",
      legendPrinciples: "3 · Principes clés", labelCatalog: "Catalogue de principes", none: "Aucun",
      compare: "Comparer", redline: "Version révisée .docx", openRedline: "Ouvrir la version révisée", redlineTitle: "Le texte national avec les écarts au modèle en marques de révision",
      insertComments: "Insérer des commentaires", insertCommentsTitle: "Ajouter au document les lacunes et les constats de couverture en commentaires",
      tools: "Outils de rédaction", lint: "Vérifier le projet", amend: "Acte modificatif", table: "Tableau comparatif", report: "Rapport HTML",
      lintTitle: "Contrôles du projet (renvois, numérotation, définitions…)", amendTitle: "L'acte modificatif qui fait de la loi type le texte national",
      tableTitle: "Tableau comparatif à deux colonnes (.docx)", reportTitle: "Le rapport complet avec la vue côte à côte (.html)",
      summary: "Synthèse", concordance: "Table de concordance", concordanceHint: "Cliquez sur une ligne pour voir les modifications mot à mot.",
      concordanceHintWord: "Cliquez sur une ligne pour voir les modifications mot à mot et sélectionner la disposition dans le document.",
      colModel: "Modèle", colNational: "National", colRelation: "Relation", changes: "Modifications",
      coverage: "Couverture des principes clés", colPrinciple: "Principe", colStatus: "Statut", colEvidence: "Éléments",
      modelUnits: "Articles du modèle", verbatim: "À l'identique", modified: "Modifiées", moved: "Déplacées", splitMerged: "Scindées / fusionnées",
      omitted: "Omises", added: "Ajoutées", kept: "Texte du modèle repris",
      reading: "Lecture du document ouvert…", comparing: "Comparaison…", done: "Terminé.", doneAcross: "Terminé : comparaison entre langues (modèle '{model}', texte '{national}'), sans modifications mot à mot.", writingRedline: "Rédaction de la version révisée…",
      downloaded: "Téléchargé : {name}.", openedInWord: "Ouvert dans un nouveau document : {what}.",
      chooseModelFile: "Choisissez le fichier de la loi type.", chooseModel: "Choisissez une loi type.", chooseNational: "Choisissez le fichier du texte national.",
      modelsFailed: "Impossible de lister les lois types fournies ({error}) ; importez-en une.",
      detected: "Le texte est en {language} : la loi type en {language} est choisie.", detecting: "Lecture du texte…",
      notTaken: "Non repris dans le texte national.", notInModel: "Absent du modèle.", noChange: "Aucune modification du libellé.",
      noDetails: "Pas de détail pour cette ligne.", similarity: "similarité", noneFound: "aucun", more: "{n} de plus", viaModel: "par le modèle : {status}",
      linting: "Vérification du projet…", lintSummary: "{errors} erreur(s), {warnings} avertissement(s), {infos} remarque(s)", lintClean: "Aucun constat : le projet passe tous les contrôles.",
      writingAct: "Rédaction de l'acte modificatif…", instructions: "{n} point(s)", downloadText: "Télécharger .txt", downloadJson: "Télécharger .json",
      writingTable: "Rédaction du tableau comparatif…", writingReport: "Rédaction du rapport…",
      commentsInserted: "{n} commentaire(s) inséré(s).", commentsFailed: "Impossible d'insérer les commentaires : {error}",
      selectFailed: "Impossible de sélectionner la disposition : {error}", notFound: "Cette disposition est introuvable dans le document ouvert.",
      commentOmitted: "ModelLaw : l'élément {model} du modèle n'a pas d'équivalent dans ce texte.", commentAdapted: "ModelLaw : {relation} à partir de l'élément {model} du modèle (similarité {similarity}).",
      commentDropped: "Libellé du modèle non repris : {words}.", commentAdded: "Ajouté : {words}.", adapted: "adapté",
      commentAbsent: "ModelLaw : le principe « {name} » n'est pas traité dans ce texte.",
      commentPartial: "ModelLaw : le principe « {name} » est mentionné ici sans être mis en œuvre (ni obligation, ni compétence, ni procédure).",
      relation: { identical: "identique", equivalent: "équivalent", modified: "modifié", renumbered: "renuméroté", moved: "déplacé", split: "scindé", merged: "fusionné", omitted: "omis", added: "ajouté", samerole: "même fonction" },
      status: { covered: "couvert", partial: "partiel", absent: "absent" },
      severity: { error: "erreur", warning: "avertissement", info: "remarque" },
      languages: { en: "anglais", fr: "français", ru: "russe", es: "espagnol", ar: "arabe", zh: "chinois" },
    },
    ru: {
      compareOptions: "Параметры сравнения", ignoreCase: "Не учитывать регистр", ignorePunctuation: "Не учитывать пунктуацию", ignoreLabelStyle: "Не учитывать оформление номеров: 1. и (1)", ignorePlaceholderBrackets: "Не учитывать скобки заполнителей: [пять] и пять",
      host: "Где работает панель", browser: "Браузер", word: "Word", help: "Справка",
      legendModel: "1 · Модельный закон", labelModel: "Модель", loadingModels: "Загрузка модельных законов…", modelFile: "Файл модельного закона (.docx, .txt, Akoma Ntoso .xml)",
      shippedModels: "Модельные законы в поставке", uploadModel: "Загрузить модельный закон…",
      legendNational: "2 · Национальный текст", wordHint: "Открытый в Word документ отправляется как есть (с несохранёнными изменениями).",
      nationalFile: "Национальный текст (.docx, .txt, Akoma Ntoso .xml)",
      legendPrinciples: "3 · Ключевые принципы", labelCatalog: "Каталог принципов", none: "Нет",
      compare: "Сравнить", redline: "Исправления .docx", openRedline: "Открыть исправления", redlineTitle: "Национальный текст с отличиями от модели в режиме исправлений",
      insertComments: "Вставить примечания", insertCommentsTitle: "Добавить в документ пробелы и выводы о покрытии в виде примечаний",
      tools: "Инструменты юриста", lint: "Проверить проект", amend: "Акт о внесении изменений", table: "Сравнительная таблица", report: "Отчёт HTML",
      lintTitle: "Проверки проекта (отсылки, нумерация, определения…)", amendTitle: "Акт, превращающий модельный закон в национальный текст",
      tableTitle: "Сравнительная таблица в две колонки (.docx)", reportTitle: "Полный отчёт с параллельным просмотром (.html)",
      summary: "Сводка", concordance: "Таблица соответствия", concordanceHint: "Нажмите на строку, чтобы увидеть изменения по словам.",
      concordanceHintWord: "Нажмите на строку, чтобы увидеть изменения по словам и выделить положение в документе.",
      colModel: "Модель", colNational: "Национальный", colRelation: "Связь", changes: "Изменения",
      coverage: "Покрытие ключевых принципов", colPrinciple: "Принцип", colStatus: "Статус", colEvidence: "Подтверждение",
      modelUnits: "Статьи модели", verbatim: "Дословно", modified: "Изменено", moved: "Перемещено", splitMerged: "Разделено / объединено",
      omitted: "Опущено", added: "Добавлено", kept: "Сохранено текста модели",
      reading: "Чтение открытого документа…", comparing: "Сравнение…", done: "Готово.", doneAcross: "Готово: сравнение на разных языках (модель '{model}', текст '{national}'), без пословных изменений.", writingRedline: "Подготовка исправлений…",
      downloaded: "Загружено: {name}.", openedInWord: "Открыто как новый документ: {what}.",
      chooseModelFile: "Выберите файл модельного закона.", chooseModel: "Выберите модельный закон.", chooseNational: "Выберите файл национального текста.",
      modelsFailed: "Не удалось получить список модельных законов ({error}); загрузите файл.",
      detected: "Язык текста: {language}; выбран модельный закон на этом языке.", detecting: "Чтение текста…",
      notTaken: "Не воспроизведено в национальном тексте.", notInModel: "Нет в модели.", noChange: "Формулировка не изменена.",
      noDetails: "Нет сведений по этой строке.", similarity: "сходство", noneFound: "не найдено", more: "ещё {n}", viaModel: "через модель: {status}",
      linting: "Проверка проекта…", lintSummary: "Ошибок: {errors}, предупреждений: {warnings}, замечаний: {infos}", lintClean: "Замечаний нет: проект проходит все проверки.",
      writingAct: "Подготовка акта о внесении изменений…", instructions: "Пунктов: {n}", downloadText: "Скачать .txt", downloadJson: "Скачать .json",
      writingTable: "Подготовка сравнительной таблицы…", writingReport: "Подготовка отчёта…",
      commentsInserted: "Вставлено примечаний: {n}.", commentsFailed: "Не удалось вставить примечания: {error}",
      selectFailed: "Не удалось выделить положение: {error}", notFound: "Это положение не найдено в открытом документе.",
      commentOmitted: "ModelLaw: для положения модели {model} нет соответствия в этом тексте.", commentAdapted: "ModelLaw: {relation} по сравнению с положением модели {model} (сходство {similarity}).",
      commentDropped: "Не сохранена формулировка модели: {words}.", commentAdded: "Добавлено: {words}.", adapted: "адаптировано",
      commentAbsent: "ModelLaw: принцип «{name}» в этом тексте не отражён.",
      commentPartial: "ModelLaw: принцип «{name}» упомянут, но не реализован (нет обязанности, полномочия или процедуры).",
      relation: { identical: "идентично", equivalent: "равнозначно", modified: "изменено", renumbered: "перенумеровано", moved: "перемещено", split: "разделено", merged: "объединено", omitted: "опущено", added: "добавлено", samerole: "та же роль" },
      status: { covered: "покрыт", partial: "частично", absent: "отсутствует" },
      severity: { error: "ошибка", warning: "предупреждение", info: "замечание" },
      languages: { en: "английский", fr: "французский", ru: "русский", es: "испанский", ar: "арабский", zh: "китайский" },
    },
    es: {
      compareOptions: "Opciones de comparación", ignoreCase: "Ignorar mayúsculas y minúsculas", ignorePunctuation: "Ignorar la puntuación", ignoreLabelStyle: "Ignorar el estilo de los números: 1. y (1)", ignorePlaceholderBrackets: "Ignorar los corchetes de los marcadores: [cinco] y cinco",
      host: "Dónde se ejecuta el panel", browser: "Navegador", word: "Word", help: "Ayuda",
      legendModel: "1 · Ley modelo", labelModel: "Modelo", loadingModels: "Cargando las leyes modelo incluidas…", modelFile: "Archivo de la ley modelo (.docx, .txt, Akoma Ntoso .xml)",
      shippedModels: "Leyes modelo incluidas", uploadModel: "Subir una ley modelo…",
      legendNational: "2 · Texto nacional", wordHint: "El documento abierto en Word se envía tal como está (cambios sin guardar incluidos).",
      nationalFile: "Texto nacional (.docx, .txt, Akoma Ntoso .xml)",
      legendPrinciples: "3 · Principios clave", labelCatalog: "Catálogo de principios", none: "Ninguno",
      compare: "Comparar", redline: "Control de cambios .docx", openRedline: "Abrir control de cambios", redlineTitle: "El texto nacional con las diferencias respecto del modelo como cambios controlados",
      insertComments: "Insertar comentarios", insertCommentsTitle: "Añadir al documento las lagunas y los resultados de cobertura como comentarios",
      tools: "Herramientas de redacción", lint: "Revisar el proyecto", amend: "Ley de modificación", table: "Cuadro comparativo", report: "Informe HTML",
      lintTitle: "Revisiones del proyecto (remisiones, numeración, definiciones…)", amendTitle: "La ley de modificación que convierte la ley modelo en el texto nacional",
      tableTitle: "Cuadro comparativo a dos columnas (.docx)", reportTitle: "El informe completo con la vista en paralelo (.html)",
      summary: "Resumen", concordance: "Tabla de concordancias", concordanceHint: "Pulse una fila para ver los cambios palabra por palabra.",
      concordanceHintWord: "Pulse una fila para ver los cambios palabra por palabra y seleccionar la disposición en el documento.",
      colModel: "Modelo", colNational: "Nacional", colRelation: "Relación", changes: "Cambios",
      coverage: "Cobertura de los principios clave", colPrinciple: "Principio", colStatus: "Estado", colEvidence: "Pruebas",
      modelUnits: "Artículos del modelo", verbatim: "Literales", modified: "Modificadas", moved: "Desplazadas", splitMerged: "Divididas / fusionadas",
      omitted: "Omitidas", added: "Añadidas", kept: "Texto del modelo conservado",
      reading: "Leyendo el documento abierto…", comparing: "Comparando…", done: "Hecho.", doneAcross: "Hecho: comparación entre idiomas (modelo '{model}', texto '{national}'), sin cambios palabra por palabra.", writingRedline: "Preparando el control de cambios…",
      downloaded: "Descargado: {name}.", openedInWord: "Abierto como documento nuevo: {what}.",
      chooseModelFile: "Elija el archivo de la ley modelo.", chooseModel: "Elija una ley modelo.", chooseNational: "Elija el archivo del texto nacional.",
      modelsFailed: "No se pudieron listar las leyes modelo incluidas ({error}); suba una.",
      detected: "El texto está en {language}: se elige la ley modelo en {language}.", detecting: "Leyendo el texto…",
      notTaken: "No recogido en el texto nacional.", notInModel: "No figura en el modelo.", noChange: "Sin cambios en la redacción.",
      noDetails: "Sin detalles para esta fila.", similarity: "similitud", noneFound: "ninguna", more: "{n} más", viaModel: "por el modelo: {status}",
      linting: "Revisando el proyecto…", lintSummary: "{errors} error(es), {warnings} advertencia(s), {infos} nota(s)", lintClean: "Sin observaciones: el proyecto supera todas las revisiones.",
      writingAct: "Redactando la ley de modificación…", instructions: "{n} instrucción(es)", downloadText: "Descargar .txt", downloadJson: "Descargar .json",
      writingTable: "Preparando el cuadro comparativo…", writingReport: "Preparando el informe…",
      commentsInserted: "{n} comentario(s) insertado(s).", commentsFailed: "No se pudieron insertar los comentarios: {error}",
      selectFailed: "No se pudo seleccionar la disposición: {error}", notFound: "Esta disposición no se encuentra en el documento abierto.",
      commentOmitted: "ModelLaw: {model} del modelo no tiene equivalente en este texto.", commentAdapted: "ModelLaw: {relation} respecto de {model} del modelo (similitud {similarity}).",
      commentDropped: "Redacción del modelo no conservada: {words}.", commentAdded: "Añadido: {words}.", adapted: "adaptado",
      commentAbsent: "ModelLaw: el principio «{name}» no se aborda en este texto.",
      commentPartial: "ModelLaw: el principio «{name}» se menciona aquí pero no se hace operativo (ni obligación, ni competencia, ni procedimiento).",
      relation: { identical: "idéntico", equivalent: "equivalente", modified: "modificado", renumbered: "renumerado", moved: "desplazado", split: "dividido", merged: "fusionado", omitted: "omitido", added: "añadido", samerole: "misma función" },
      status: { covered: "cubierto", partial: "parcial", absent: "ausente" },
      severity: { error: "error", warning: "advertencia", info: "nota" },
      languages: { en: "inglés", fr: "francés", ru: "ruso", es: "español", ar: "árabe", zh: "chino" },
    },
    ar: {
      compareOptions: "خيارات المقارنة", ignoreCase: "تجاهل حالة الأحرف", ignorePunctuation: "تجاهل علامات الترقيم", ignoreLabelStyle: "تجاهل شكل الأرقام: 1. و(1)", ignorePlaceholderBrackets: "تجاهل أقواس الفراغات: [خمسة] وخمسة",
      host: "مكان تشغيل الجزء", browser: "المتصفح", word: "Word", help: "مساعدة",
      legendModel: "١ · القانون النموذجي", labelModel: "النموذج", loadingModels: "جارٍ تحميل القوانين النموذجية المرفقة…", modelFile: "ملف القانون النموذجي (\u2066.docx\u2069 أو \u2066.txt\u2069 أو \u2066Akoma Ntoso .xml\u2069)",
      shippedModels: "القوانين النموذجية المرفقة", uploadModel: "رفع قانون نموذجي…",
      legendNational: "٢ · النص الوطني", wordHint: "يُرسل المستند المفتوح في Word كما هو الآن (بما في ذلك التغييرات غير المحفوظة).",
      nationalFile: "النص الوطني (\u2066.docx\u2069 أو \u2066.txt\u2069 أو \u2066Akoma Ntoso .xml\u2069)",
      legendPrinciples: "٣ · المبادئ الأساسية", labelCatalog: "فهرس المبادئ", none: "لا شيء",
      compare: "قارن", redline: "المراجعة \u2066.docx\u2069", openRedline: "افتح المراجعة", redlineTitle: "النص الوطني مع الفروق عن النموذج كتغييرات متعقَّبة",
      insertComments: "أدرج التعليقات", insertCommentsTitle: "أضف الثغرات ونتائج التغطية إلى المستند كتعليقات",
      tools: "أدوات الصياغة", lint: "افحص المشروع", amend: "قانون التعديل", table: "الجدول المقارن", report: "تقرير HTML",
      lintTitle: "فحوص المشروع (الإحالات والترقيم والتعاريف…)", amendTitle: "قانون التعديل الذي يحوّل القانون النموذجي إلى النص الوطني",
      tableTitle: "جدول مقارن من عمودين (\u2066.docx\u2069)", reportTitle: "التقرير الكامل مع العرض المتقابل (\u2066.html\u2069)",
      summary: "الملخص", concordance: "جدول التقابل", concordanceHint: "انقر على صف لرؤية التغييرات كلمة بكلمة.",
      concordanceHintWord: "انقر على صف لرؤية التغييرات كلمة بكلمة وتحديد الحكم في المستند.",
      colModel: "النموذج", colNational: "الوطني", colRelation: "العلاقة", changes: "التغييرات",
      coverage: "تغطية المبادئ الأساسية", colPrinciple: "المبدأ", colStatus: "الحالة", colEvidence: "الشواهد",
      modelUnits: "مواد النموذج", verbatim: "حرفياً", modified: "معدّلة", moved: "منقولة", splitMerged: "مقسّمة / مدمجة",
      omitted: "محذوفة", added: "مضافة", kept: "نص النموذج المحتفظ به",
      reading: "جارٍ قراءة المستند المفتوح…", comparing: "جارٍ المقارنة…", done: "تم.", doneAcross: "تم: مقارنة بين لغتين (النموذج '{model}'، النص '{national}') دون تغييرات كلمة بكلمة.", writingRedline: "جارٍ إعداد المراجعة…",
      downloaded: "تم التنزيل: {name}.", openedInWord: "فُتح كمستند جديد: {what}.",
      chooseModelFile: "اختر ملف القانون النموذجي.", chooseModel: "اختر قانوناً نموذجياً.", chooseNational: "اختر ملف النص الوطني.",
      modelsFailed: "تعذّر عرض القوانين النموذجية المرفقة ({error})؛ ارفع ملفاً بدلاً من ذلك.",
      detected: "لغة النص: {language}؛ اختير القانون النموذجي بهذه اللغة.", detecting: "جارٍ قراءة النص…",
      notTaken: "لم يُنقل إلى النص الوطني.", notInModel: "غير موجود في النموذج.", noChange: "لا تغيير في الصياغة.",
      noDetails: "لا تفاصيل لهذا الصف.", similarity: "التشابه", noneFound: "لا شيء", more: "{n} أخرى", viaModel: "عبر النموذج: {status}",
      linting: "جارٍ فحص المشروع…", lintSummary: "الأخطاء: {errors}، التحذيرات: {warnings}، الملاحظات: {infos}", lintClean: "لا ملاحظات: اجتاز المشروع كل الفحوص.",
      writingAct: "جارٍ إعداد قانون التعديل…", instructions: "عدد البنود: {n}", downloadText: "نزّل \u2066.txt\u2069", downloadJson: "نزّل \u2066.json\u2069",
      writingTable: "جارٍ إعداد الجدول المقارن…", writingReport: "جارٍ إعداد التقرير…",
      commentsInserted: "أُدرج {n} تعليق.", commentsFailed: "تعذّر إدراج التعليقات: {error}",
      selectFailed: "تعذّر تحديد الحكم: {error}", notFound: "لم يُعثر على هذا الحكم في المستند المفتوح.",
      commentOmitted: "ModelLaw: لا مقابل في هذا النص للحكم {model} من النموذج.", commentAdapted: "ModelLaw: {relation} عن الحكم {model} من النموذج (التشابه {similarity}).",
      commentDropped: "صياغة النموذج غير المحتفظ بها: {words}.", commentAdded: "المضاف: {words}.", adapted: "مكيَّف",
      commentAbsent: "ModelLaw: لا يتناول هذا النص مبدأ «{name}».",
      commentPartial: "ModelLaw: ذُكر مبدأ «{name}» هنا دون تفعيله (لا التزام ولا صلاحية ولا إجراء).",
      relation: { identical: "مطابق", equivalent: "مكافئ", modified: "معدّل", renumbered: "أعيد ترقيمه", moved: "منقول", split: "مقسّم", merged: "مدمج", omitted: "محذوف", added: "مضاف", samerole: "الدور نفسه" },
      status: { covered: "مغطّى", partial: "جزئي", absent: "غائب" },
      severity: { error: "خطأ", warning: "تحذير", info: "ملاحظة" },
      languages: { en: "الإنجليزية", fr: "الفرنسية", ru: "الروسية", es: "الإسبانية", ar: "العربية", zh: "الصينية" },
    },
  };
  const rtl = new Set(["ar"]);
  let lang = "en";

  // "fr-CA" → "fr"; an unknown language → English
  function choose(tag) {
    const base = String(tag || "").toLowerCase().split(/[-_]/)[0];
    lang = strings[base] ? base : "en";
    document.documentElement.lang = lang;
    document.documentElement.dir = rtl.has(lang) ? "rtl" : "ltr";
    apply(document);
    return lang;
  }

  function lookup(key) {
    let v = strings[lang];
    let e = strings.en;
    for (const part of key.split(".")) { v = v && v[part]; e = e && e[part]; }
    return v !== undefined ? v : e !== undefined ? e : key;
  }

  // t("downloaded", { name: "x.docx" })
  function t(key, vars) {
    return String(lookup(key)).replace(/\{(\w+)\}/g, (m, name) => (vars && vars[name] !== undefined ? vars[name] : m));
  }

  function apply(root) {
    for (const e of root.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
    for (const e of root.querySelectorAll("[data-i18n-title]")) e.title = t(e.dataset.i18nTitle);
    for (const e of root.querySelectorAll("[data-i18n-label]")) e.label = t(e.dataset.i18nLabel);
  }

  // every key a language defines, nested ones as "relation.moved" (the tests check that each language has English's)
  function keys(language) {
    const out = [];
    const walk = (o, prefix) => {
      for (const [k, v] of Object.entries(o)) if (typeof v === "object") walk(v, `${prefix}${k}.`); else out.push(prefix + k);
    };
    walk(strings[language] || {}, "");
    return out.sort();
  }

  window.ModelLawI18n = { choose, t, apply, keys, get lang() { return lang; }, languages: Object.keys(strings) };
})();
