/// Words too common to say anything about what someone needs or offers, in English and Spanish.
///
/// All entries are folded (lowercase, no accents). `queryFillers` are extra words that only carry
/// the shape of a request ("I need someone who…", "busco a alguien que…"); they are dropped from
/// queries but kept in the user's own texts.
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "cannot", "could", "did", "do", "does", "doing", "down", "during", "each",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "with", "would", "you", "your",
        "yours", "yourself", "yourselves", "s", "t", "don", "isn", "aren", "im", "ive", "ll",
        "re", "ve", "d", "m", "also", "really", "lot", "lots", "much", "many",
    ]

    static let spanish: Set<String> = [
        "a", "al", "algo", "algunas", "algunos", "ante", "antes", "aqui", "asi", "aun", "bajo",
        "bien", "cada", "como", "con", "contra", "cual", "cuales", "cuando", "cuanto", "de",
        "del", "desde", "donde", "dos", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era",
        "eramos", "eran", "eres", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba",
        "estamos", "estan", "estar", "estas", "este", "esto", "estos", "estoy", "fue", "fueron",
        "fui", "ha", "habia", "han", "has", "hay", "he", "hemos", "hubo", "la", "las", "le", "les",
        "lo", "los", "me", "mi", "mis", "mucho", "muchos", "muy", "nada", "ni", "no", "nos",
        "nosotros", "o", "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por",
        "porque", "que", "quien", "quienes", "se", "sea", "ser", "si", "sido", "siempre", "sin",
        "sobre", "sois", "somos", "son", "soy", "su", "sus", "suya", "suyo", "tambien", "tanto",
        "te", "tengo", "tenemos", "tiene", "tienen", "ti", "todo", "todos", "tu", "tus", "tuyo",
        "u", "un", "una", "uno", "unos", "unas", "usted", "ustedes", "vosotros", "y", "ya", "yo",
        "mas", "menos", "tan", "va", "voy", "van", "hace", "hacen", "alla", "ahi", "aca",
    ]

    static let queryFillers: Set<String> = [
        "need", "needs", "needed", "needing", "want", "wants", "looking", "look", "find",
        "someone", "somebody", "anyone", "anybody", "person", "people", "help", "helps",
        "helping", "please", "recommend", "recommendation", "good", "great", "terrible", "bad",
        "necesito", "necesita", "necesitamos", "busco", "buscando", "buscamos", "alguien",
        "persona", "ayuda", "ayudar", "ayudame", "quiero", "queremos", "recomendar",
        "recomiendas", "bueno", "buena", "puede", "pueden", "podria", "conoces", "conoce",
        "know", "knows", "who", "can", "help", "urgente", "urgent", "asap",
    ]

    /// True for a folded word that is a stop word in either language.
    static func contains(_ folded: String) -> Bool {
        english.contains(folded) || spanish.contains(folded)
    }
}
