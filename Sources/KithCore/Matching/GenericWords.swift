/// Words that never carry a match on their own, and the words that end the head of a phrase.
///
/// "help", "need", "looking for", "work", "small", "new", "good" and their Spanish twins say
/// nothing about what must be solved: two texts sharing only such a word have nothing in
/// common. They still count inside a concept's phrase ("new website", "pequeño comercio").
enum GenericWords {
    /// Folded words that carry no match alone.
    static let all: Set<String> = [
        // English
        "help", "helps", "helped", "helping", "helper", "need", "needs", "needed", "needing", "want", "wants",
        "looking", "look", "looks", "find", "finding", "search", "searching", "someone", "somebody", "anyone",
        "anybody", "person", "people", "work", "works", "worked", "working", "job", "jobs", "small", "smaller",
        "new", "good", "great", "best", "better", "nice", "big", "little", "old", "more", "less", "first",
        "get", "getting", "got", "make", "making", "made", "do", "doing", "done", "take", "put", "set", "go",
        "keep", "keeps", "kept", "thing", "things", "stuff", "way", "ways", "lot", "time", "times", "year",
        "years", "month", "months", "week", "day", "days", "today", "now", "soon", "asap", "urgent",
        "urgently", "quick", "quickly", "fast", "cheap", "local", "own", "please", "recommend",
        "recommendation", "advice", "service", "services", "company", "companies", "firm", "business",
        "businesses", "expert", "experts", "experience", "experienced", "professional", "professionals",
        "project", "projects", "idea", "ideas", "problem", "problems", "issue", "issues", "question",
        "questions", "solution", "solutions", "support", "team", "guy", "guys", "friend", "friends",
        "know", "knows", "knew", "ask", "asked", "try", "trying", "start", "starting", "started", "able",
        "really", "bad", "terrible", "right", "well", "want", "like", "use", "using", "used", "one", "ones",
        "ten", "two", "three", "four", "five", "many", "much", "lots", "everything", "something", "anything",
        "speak", "speaks", "speaking", "spoken", "fluent", "fluently", "talk", "talking", "chat",
        // Spanish
        "ayuda", "ayudar", "ayude", "ayuden", "ayudame", "ayudarme", "ayudarnos", "ayudando", "necesito",
        "necesita", "necesitan", "necesitamos", "necesitar", "necesitaria", "busco", "busca", "buscan",
        "buscamos", "buscar", "buscando", "alguien", "persona", "personas", "gente", "trabajo", "trabajos",
        "trabajar", "trabaja", "trabajan", "trabajado", "trabajando", "trabajaba", "pequeno", "pequena",
        "pequenos", "pequenas", "nuevo", "nueva", "nuevos", "nuevas", "bueno", "buena", "buenos", "buenas",
        "buen", "mejor", "mejores", "gran", "grande", "grandes", "viejo", "vieja", "primer", "primero",
        "primera", "hacer", "hace", "hago", "hecho", "tener", "tiene", "tengo", "poner", "llevar", "lleve",
        "llevara", "lleva", "cosa", "cosas", "tema", "temas", "forma", "manera", "vez", "veces", "ano",
        "anos", "mes", "meses", "semana", "dia", "dias", "hoy", "ahora", "pronto", "urgente", "rapido",
        "rapida", "barato", "barata", "propio", "propia", "favor", "recomendar", "recomienda", "recomiendas",
        "consejo", "consejos", "servicio", "servicios", "empresa", "empresas", "negocio", "negocios",
        "experto", "experta", "expertos", "experiencia", "profesional", "profesionales", "proyecto",
        "proyectos", "idea", "ideas", "problema", "problemas", "cuestion", "solucion", "soluciones",
        "apoyo", "equipo", "amigo", "amiga", "amigos", "conoce", "conoces", "conozco", "saber", "sabe",
        "preguntar", "intentar", "empezar", "empezando", "quiero", "quiere", "queremos", "puede", "pueden",
        "podria", "algo", "uno", "una", "diez", "dos", "tres", "cuatro", "cinco", "mucho", "mucha",
        "habla", "hablan", "hablar", "hablo", "hablamos", "fluido", "fluida", "charlar",
    ]

    /// Folded words after which a phrase turns from what it is about to its context:
    /// "a photographer *for* the firm's new website", "contabilidad *para* pymes",
    /// "un dentista *que* hable inglés".
    static let headEnders: Set<String> = [
        "for", "para", "so", "because", "porque", "among", "entre", "since", "pues", "to", "from",
        "desde", "about", "sobre", "que", "who", "which", "that",
    ]

    /// Head enders that may open a clause carrying the real need: "estoy seguro de *que*
    /// necesito un abogado", "I think *that* I need a lawyer". After "para", "so" or "for"
    /// ("para que", "so that") the clause stays context.
    static let complementizers: Set<String> = ["que", "that"]

    /// Folded words that say a clause is the request itself ("necesito", "need", "busco").
    static let askingWords: Set<String> = [
        "need", "needs", "needed", "needing", "want", "wants", "looking", "require", "requires",
        "necesito", "necesita", "necesitan", "necesitamos", "necesitaria", "busco", "busca", "buscan",
        "buscamos", "buscando", "quiero", "quiere", "queremos", "requiero", "falta",
    ]

    static func contains(_ folded: String) -> Bool { all.contains(folded) }
}
