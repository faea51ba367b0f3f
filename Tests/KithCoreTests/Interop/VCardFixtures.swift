/// Hand-written vCard files in the shapes Google Contacts, Apple Contacts, old phones (2.1)
/// and RFC 6350 (4.0) produce.
enum VCardFixtures {
    /// Google Contacts export (vCard 3.0, LF line ends, `\:` in URLs, `myContacts` group).
    static let google = #"""
        BEGIN:VCARD
        VERSION:3.0
        FN:María José García
        N:García;María José;;;
        NICKNAME:Majo
        EMAIL;TYPE=INTERNET;TYPE=WORK:mj.garcia@acme-robotics.example
        EMAIL;TYPE=INTERNET;TYPE=HOME:majo.garcia@gmail.example
        TEL;TYPE=CELL:+34 612 345 678
        TEL;TYPE=WORK:+34 91 123 4567
        ADR;TYPE=WORK:;;Calle de Alcalá 42;Madrid;;28014;Spain
        ORG:Acme Robotics
        TITLE:Head of Partnerships
        BDAY:1988-07-21
        item1.URL:https\://www.linkedin.com/in/mjgarcia
        item1.X-ABLabel:LinkedIn
        item2.URL:https\://majo.dev
        item2.X-ABLabel:
        NOTE:Met at the Madrid robotics meetup\, wants intros to logistics startups.\nLoves paella.
        CATEGORIES:myContacts,Robotics,Madrid
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Tom O'Neil
        N:O'Neil;Tom;;;
        EMAIL;TYPE=INTERNET:tom@oneil.example
        CATEGORIES:myContacts
        END:VCARD

        """#

    /// Apple Contacts export (vCard 3.0, CRLF, folded lines, item groups, omitted birth year).
    static let apple = #"""
        BEGIN:VCARD
        VERSION:3.0
        PRODID:-//Apple Inc.//macOS 14.4.1//EN
        N:Nakamura;Kenji;;;
        FN:Kenji Nakamura
        ORG:Lumen Labs;Research
        TITLE:Staff Engineer
        EMAIL;type=INTERNET;type=WORK;type=pref:kenji@lumenlabs.example
        EMAIL;type=INTERNET;type=HOME:kenji.n@icloud.example
        TEL;type=CELL;type=VOICE;type=pref:+1 (415) 555-0142
        item1.ADR;type=HOME;type=pref:;;500 Howard St;San Francisco;CA;94105;United States
        item1.X-ABADR:us
        item2.URL;type=pref:https://kenji.example/blog
        item2.X-ABLabel:_$!<HomePage>!$_
        BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-03
        X-SOCIALPROFILE;type=linkedin;x-user=kenjin:https://www.linkedin.com/in/kenjin
        NOTE:Knows everyone in the Bay Area climate-tech scene\, happy to intro. Prefe
         rs Signal over e-mail.
        PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQ
         gKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2Q==
        X-ABUID:2E4C1F0A-6A7B-4C2D-9E8F-1A2B3C4D5E6F:ABPerson
        END:VCARD

        """#.replacingOccurrences(of: "\n", with: "\r\n")

    /// An old phone's export (vCard 2.1: bare parameters, quoted-printable with soft line
    /// breaks, UTF-8 and ISO-8859-1 charsets).
    static let v21 = #"""
        BEGIN:VCARD
        VERSION:2.1
        N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;
        FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
        TEL;CELL;PREF:+49 170 1234567
        TEL;WORK;VOICE:+49 30 9876543
        EMAIL;INTERNET;WORK:juergen@mueller-bau.example
        ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller Bau GmbH
        NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Sprach =C3=BCber Bauantr=C3=A4ge.=0D=0AZweite Zeile, die wei=
        tergeht.
        X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:vnd.android.cursor.item/nickname;J=C3=BCrgi;1
        BDAY:19750315
        END:VCARD

        """#.replacingOccurrences(of: "\n", with: "\r\n")

    /// vCard 4.0 (RFC 6350): tel: URIs, PREF, quoted parameter values, `--MMDD` birthday.
    static let v40 = #"""
        BEGIN:VCARD
        VERSION:4.0
        FN:Amara Okafor
        N:Okafor;Amara;;;
        EMAIL;TYPE=work;PREF=1:amara@kijiji.example
        EMAIL;TYPE=home:amara.okafor@mail.example
        EMAIL:amara@okafor.example
        TEL;VALUE=uri;TYPE="voice,cell":tel:+234-803-555-0199
        TEL;VALUE=uri;TYPE=work:tel:+234-1-555-0100
        URL:https://okafor.example
        URL;TYPE=work:https://kijiji.example/team/amara
        URL:https://github.com/amaraokafor
        ORG:Kijiji Logistics
        TITLE:COO
        BDAY:--0412
        CATEGORIES:logistics,Lagos\, Nigeria,investors
        NOTE:Backslash \\ semicolon \; comma \, done
        X-KITH-TEST;TYPE="a:b":kept value
        GEO:geo:6.5244,3.3792
        END:VCARD

        """#
}
