/// Rewrites a property's parameters in vCard 4.0 form (RFC 6350 §5): vCard 2.1's bare words
/// (`WORK`, `CELL`, `PREF`) become `TYPE=work,cell` and `PREF=1`, `TYPE=pref` becomes
/// `PREF=1`, and `CHARSET`/`ENCODING` go (the value is already decoded). Parameters already
/// in 4.0 form are kept as they are, so rewriting twice changes nothing.
enum VCardParameters {
    /// Bare 2.1 words that name an encoding, not a type.
    static let encodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"]

    /// The parameters in 4.0 form, and the media type of an inline (base64) value, if any.
    static func modern(_ texts: [String]) -> (parameters: [String], inlineMediaType: String?) {
        var types: [String] = []
        var pref = false
        var others: [String] = []
        var base64 = false
        var typeWasWritten = false
        for text in texts {
            let (key, value) = VCardContentLine.splitParameter(text)
            switch key {
            case "CHARSET": continue
            case "ENCODING":
                if ["b", "base64"].contains(value.lowercased()) { base64 = true }
            case "TYPE":
                typeWasWritten = typeWasWritten || text.contains("=")
                for type in VCardContentLine.splitParameterValues(value) {
                    let lower = type.lowercased()
                    if lower == "pref" { pref = true } else if !types.contains(lower) { types.append(lower) }
                }
            case "PREF": pref = true
            default: others.append(text)
            }
        }
        var result: [String] = []
        if !types.isEmpty {
            let joined = types.joined(separator: ",")
            result.append("TYPE=" + (joined.contains(":") || joined.contains(";") ? "\"\(joined)\"" : joined))
        }
        if pref { result.append("PREF=1") }
        result += others
        guard base64 else { return (result, nil) }
        let image = types.first.map { "image/" + ($0 == "jpg" ? "jpeg" : $0) } ?? "application/octet-stream"
        return (result.filter { !$0.uppercased().hasPrefix("TYPE=") }, image)
    }

    /// A kept content line (`item1.TEL;CELL;PREF:+1 555`) in 4.0 form.
    static func modernLine(_ line: String) -> String {
        let (header, value) = VCardFieldLines.split(line)
        var parts = VCardLineParser.splitOutsideQuotes(String(header), at: ";")
        let name = parts.removeFirst()
        let (parameters, media) = modern(parts)
        let newValue = media.map { "data:\($0);base64,\(value)" } ?? String(value)
        return ([name] + parameters).joined(separator: ";") + ":" + newValue
    }
}
