import Foundation

/// Another client of the DAV server, as a phone or a web app would be: Python's urllib (and
/// vobject to make cards) from the peers' virtual environment.
struct DAVClient {
    let python: String

    /// Makes a collection: an address book (`contacts`) or a task calendar (`tasks`).
    func makeCollection(_ url: String, tasks: Bool) throws {
        let calendar =
            #"<C:mkcalendar xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><set><prop>"#
            + #"<C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set>"#
            + "</prop></set></C:mkcalendar>"
        let book =
            #"<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop>"#
            + "<resourcetype><collection/><C:addressbook/></resourcetype></prop></set></mkcol>"
        let body = #"<?xml version="1.0"?>"# + (tasks ? calendar : book)
        try request(tasks ? "MKCALENDAR" : "MKCOL", url, body: body, type: "application/xml", expect: 201)
    }

    /// PUTs a vCard 3.0 that vobject makes for `name` with `phone` as `url`.
    func putCard(_ url: String, uid: String, name: String, phone: String) throws {
        let script = """
            import sys, vobject
            card = vobject.vCard()
            card.add('uid').value = sys.argv[1]
            card.add('fn').value = sys.argv[2]
            family = sys.argv[2].split()[-1]
            card.add('n').value = vobject.vcard.Name(family=family, given=sys.argv[2][:-len(family)].strip())
            card.add('tel').value = sys.argv[3]
            sys.stdout.write(card.serialize())
            """
        let card = try runTool(python, ["-c", script, uid, name, phone])
        guard card.status == 0 else { throw PeerToolError(text: "vobject: \(card.stderr)") }
        try request("PUT", url, body: card.stdout, type: "text/vcard", expect: 201)
    }

    /// Marks the task with `uid` in the calendar at `collection` completed, as a task app does.
    func completeTask(in collection: String, uid: String) throws {
        let script = """
            import sys, re, base64, urllib.request
            base, uid = sys.argv[1], sys.argv[2]
            auth = "Basic " + base64.b64encode(b"kith:kith").decode()
            def call(method, url, body=None, headers={}):
                r = urllib.request.Request(url, data=body, method=method)
                r.add_header("Authorization", auth)
                for k, v in headers.items(): r.add_header(k, v)
                with urllib.request.urlopen(r) as response: return response.read().decode()
            listing = call("PROPFIND", base, b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>', {"Depth": "1"})
            for href in re.findall(r"<(?:\\w+:)?href>([^<]+\\.ics)</", listing):
                url = base.split("/kith/")[0] + href
                text = call("GET", url)
                if ("UID:" + uid) in text.replace("\\r\\n ", ""):
                    done = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED")
                    call("PUT", url, done.encode(), {"Content-Type": "text/calendar"})
                    print("completed", href)
                    sys.exit(0)
            sys.exit("no task with UID " + uid)
            """
        let result = try runTool(python, ["-c", script, collection, uid])
        guard result.status == 0 else {
            throw PeerToolError(text: "completing the task: \(result.stderr)\(result.stdout)")
        }
    }

    private func request(_ method: String, _ url: String, body: String, type: String, expect: Int) throws {
        let script = """
            import sys, base64, urllib.request, urllib.error
            r = urllib.request.Request(sys.argv[2], data=sys.stdin.buffer.read(), method=sys.argv[1])
            r.add_header("Authorization", "Basic " + base64.b64encode(b"kith:kith").decode())
            r.add_header("Content-Type", sys.argv[3])
            try:
                with urllib.request.urlopen(r) as response: print(response.status)
            except urllib.error.HTTPError as error: print(error.code)
            """
        let result = try runTool(python, ["-c", script, method, url, type], input: body)
        let status = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == "\(expect)" else {
            throw PeerToolError(text: "\(method) \(url) answered \(status) \(result.stderr)")
        }
    }
}
