package app.rapport.demo;

import app.rapport.domain.Address;

import java.text.Normalizer;
import java.util.SplittableRandom;

/**
 * Names, places, phone numbers and email addresses for demo clients. Everything that needs text
 * work (ASCII folding, splitting) is done once here, so building a client is only appends.
 */
final class People {

    private People() {
    }

    /** A first name, its ASCII form for email addresses, and the short forms people use. */
    record Given(String name, String ascii, String[] nicknames) {
    }

    record Family(String name, String ascii) {
    }

    static final Given[] FEMALE = givens("""
            Elizabeth|Liz,Beth,Lizzie
            Katherine|Kate,Kathy
            Margaret|Maggie,Meg
            Alexandra|Alex,Sasha
            Victoria|Vicky,Tori
            Jennifer|Jen,Jenny
            Rebecca|Becca,Becky
            Samantha|Sam
            Hannah
            Anna|Annie
            Ana
            Ananya
            Priya
            Sofia
            Chloé
            Zoë
            Amara
            Ngozi
            Aisha
            Fatima
            Yuki
            Mei
            Lina
            Ingrid
            Astrid
            Freya
            Siobhán
            Niamh
            Maria
            Lucía
            Camila|Cami
            Isabella|Bella,Izzy
            Gabriela|Gabi
            Daniela|Dani
            Olivia|Liv
            Charlotte|Charlie,Lottie
            Eleanor|Ellie,Nell
            Josephine|Jo,Josie
            Natalia|Nat
            Svetlana|Sveta
            Agnieszka|Aga
            Joanna|Jo
            Mariana
            Adwoa
            Keiko
            Hana
            Diana
            Jana
            Johanna|Hanna
            Roxanne|Roxy
            Imogen|Immy
            Thandiwe|Thandi
            Giulia
            Francesca|Fran,Frankie
            Ayesha
            Noor
            Sana
            Inês
            Marta
            Renée
            Anouk
            Femke
            Esther
            Morgan
            Susan|Sue
            Deborah|Debbie,Deb
            Leila
            Anastasia|Stacy,Nastya
            """);

    static final Given[] MALE = givens("""
            William|Will,Bill
            Robert|Rob,Bob
            Christopher|Chris
            Jonathan|Jon
            Daniel|Dan,Danny
            Benjamin|Ben
            Alexander|Alex,Sandy
            Nicholas|Nick
            Matthew|Matt
            Anthony|Tony
            Michael|Mike
            James|Jim,Jamie
            Thomas|Tom
            Ryan
            Ivan
            Juan
            José|Pepe
            Antonio|Toni
            Stefan
            Johan
            Sanjay
            Arjun
            Rohan
            Hiroshi
            Kenji
            Wei
            Minh
            Tariq
            Omar
            Yusuf
            Kwame
            Chidi
            Lars
            Søren
            Björn
            Mateo
            Diego
            Lucas
            Luca
            Marco
            Giovanni|Gianni
            Pierre
            Mathieu
            Finn
            Declan
            Ciarán
            Oisín
            Rafael|Rafa
            Sebastián|Seba
            Łukasz
            Tomasz|Tomek
            Andrzej
            Dmitri|Dima
            Nikolai|Kolya
            Brian
            Ethan
            Noah
            Dev
            Kai
            Hamza
            Samuel|Sam
            Jordan
            Frank
            Adrian
            Christian
            Stanley|Stan
            Emmanuel|Manny
            Duncan
            """);

    static final Family[] FAMILY = families("""
            Okafor, Patel, Nguyen, Kowalski, Fernández, García, Hansen, Jansen, de Vries, van Dijk, Müller,
            Schneider, O'Brien, Brennan, Flanagan, Murphy, Smith, Johnson, Williams, Brown, Taylor, Davies,
            Evans, Thompson, Morgan, Clarke, Hughes, Wright, Campbell, MacDonald, Stewart, Anderson, Martin,
            Rossi, Romano, Bianchi, Conti, Moreau, Laurent, Dubois, Lefèvre, Haddad, Khan, Ahmed, Chaudhry,
            Singh, Sharma, Chandra, Iyer, Tanaka, Sato, Nakamura, Kim, Park, Chen, Wang, Lin, Tran, Mensah,
            Boateng, Adeyemi, Mwangi, Dlamini, Silva, Santos, Costa, Oliveira, Novak, Horvat, Lindqvist,
            Johansson, Nieminen, Petrov, Kaplan, Cohen, Levi, Rosen, Schwartz, Hoffman, Becker, Álvarez,
            Morales, Herrera, Castillo, Reyes, Mendoza, Quinn, Fitzgerald, Bauer, Hernández, Sullivan,
            Jankowski, Andersen, Banerjee, Yamamoto, Şahin, Demir, Bakker, Visser, Grant, Doyle, Ferreira,
            Kovač, Ivanović, Zhang, Mahlaba, Asante, Nowak, Duarte, Lambert, Fontaine, Russo, Greco
            """);

    static final String[] LETTERS = {"A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "U",
            "W", "X", "Y", "Z"};

    /** One country: where its people live, how its numbers and postcodes look. */
    record Place(String city, String region, String[] postal, String landline) {
    }

    enum Country {
        UK("United Kingdom", "co.uk", "btinternet.com"),
        IE("Ireland", "ie", "eircom.net"),
        US("United States", "com", "comcast.net"),
        CA("Canada", "ca", "shaw.ca"),
        AU("Australia", "com.au", "bigpond.com"),
        NL("Netherlands", "nl", "ziggo.nl"),
        DE("Germany", "de", "gmx.de"),
        FR("France", "fr", "orange.fr"),
        ES("Spain", "es", "telefonica.net");

        final String label;
        final String tld;
        final String localMail;
        Place[] places;
        String[] streets;

        Country(String label, String tld, String localMail) {
            this.label = label;
            this.tld = tld;
            this.localMail = localMail;
        }
    }

    static {
        Country.UK.places = new Place[] {
                new Place("London", "Greater London", new String[] {"N16", "E8", "SE15", "SW11", "NW5", "W12", "E17"}, "020 7946 0"),
                new Place("Manchester", "Greater Manchester", new String[] {"M20", "M14", "M4", "M21"}, "0161 496 0"),
                new Place("Leeds", "West Yorkshire", new String[] {"LS6", "LS8", "LS7"}, "0113 496 0"),
                new Place("Bristol", "Bristol", new String[] {"BS6", "BS3", "BS7"}, "0117 496 0"),
                new Place("Brighton", "East Sussex", new String[] {"BN1", "BN2", "BN3"}, "01273 900"),
                new Place("Edinburgh", "Scotland", new String[] {"EH6", "EH10", "EH9"}, "0131 496 0"),
                new Place("Cardiff", "Wales", new String[] {"CF10", "CF24", "CF11"}, "029 2018 0"),
                new Place("York", "North Yorkshire", new String[] {"YO1", "YO10", "YO31"}, "01904 900"),
        };
        Country.UK.streets = new String[] {"Maple Road", "Victoria Street", "Church Lane", "Albert Terrace",
                "Highfield Avenue", "Mill Lane", "Kingsway", "Park Crescent", "Rosebery Gardens", "Station Road",
                "Elm Grove", "Wellington Place", "Orchard Close", "Queen's Drive", "Thornhill Road"};
        Country.IE.places = new Place[] {
                new Place("Dublin", "Leinster", new String[] {"D02", "D04", "D06", "D08", "D6W"}, "(01) 2"),
                new Place("Cork", "Munster", new String[] {"T12", "T23"}, "(021) 4"),
                new Place("Galway", "Connacht", new String[] {"H91"}, "(091) 5"),
                new Place("Limerick", "Munster", new String[] {"V94"}, "(061) 3"),
        };
        Country.IE.streets = new String[] {"Main Street", "Church Road", "Seafield Avenue", "Castle Street",
                "Ashgrove Park", "Riverside Drive", "Oakley Road", "Marine Terrace", "Chapel Lane", "Fairview Strand"};
        Country.US.places = new Place[] {
                new Place("Portland", "Oregon", new String[] {"972"}, "503"),
                new Place("Austin", "Texas", new String[] {"787"}, "512"),
                new Place("Denver", "Colorado", new String[] {"802"}, "303"),
                new Place("Columbus", "Ohio", new String[] {"432"}, "614"),
                new Place("Raleigh", "North Carolina", new String[] {"276"}, "919"),
                new Place("Madison", "Wisconsin", new String[] {"537"}, "608"),
                new Place("Sacramento", "California", new String[] {"958"}, "916"),
                new Place("Boston", "Massachusetts", new String[] {"021"}, "617"),
                new Place("Savannah", "Georgia", new String[] {"314"}, "912"),
        };
        Country.US.streets = new String[] {"Oak Street", "Maple Avenue", "Lincoln Boulevard", "Cedar Lane",
                "Hawthorne Drive", "Pine Street", "Lakeview Terrace", "Willow Court", "Jefferson Avenue", "Sunset Road",
                "Magnolia Way", "Ridge Road", "Chestnut Street", "Prairie Lane", "Harbor View Drive"};
        Country.CA.places = new Place[] {
                new Place("Toronto", "Ontario", new String[] {"M5V", "M4C", "M6J", "M4L"}, "416"),
                new Place("Vancouver", "British Columbia", new String[] {"V6K", "V5L", "V5N"}, "604"),
                new Place("Halifax", "Nova Scotia", new String[] {"B3H", "B3K"}, "902"),
                new Place("Ottawa", "Ontario", new String[] {"K1S", "K2P"}, "613"),
        };
        Country.CA.streets = new String[] {"Queen Street West", "Maple Avenue", "Dundas Street", "Birch Crescent",
                "Lakeshore Road", "Spruce Street", "Bank Street", "Commercial Drive", "Elm Avenue"};
        Country.AU.places = new Place[] {
                new Place("Melbourne", "Victoria", new String[] {"30"}, "(03) 5550 "),
                new Place("Brisbane", "Queensland", new String[] {"40"}, "(07) 5550 "),
                new Place("Perth", "Western Australia", new String[] {"60"}, "(08) 5550 "),
                new Place("Adelaide", "South Australia", new String[] {"50"}, "(08) 7010 "),
        };
        Country.AU.streets = new String[] {"Beach Road", "Smith Street", "Bay Street", "Wattle Grove",
                "Banksia Avenue", "Station Street", "Ocean Parade", "Kookaburra Close", "Jacaranda Drive"};
        Country.NL.places = new Place[] {
                new Place("Amsterdam", "Noord-Holland", new String[] {"10"}, "020 "),
                new Place("Utrecht", "Utrecht", new String[] {"35"}, "030 "),
                new Place("Rotterdam", "Zuid-Holland", new String[] {"30"}, "010 "),
                new Place("Haarlem", "Noord-Holland", new String[] {"20"}, "023 "),
                new Place("Eindhoven", "Noord-Brabant", new String[] {"56"}, "040 "),
                new Place("Groningen", "Groningen", new String[] {"97"}, "050 "),
        };
        Country.NL.streets = new String[] {"Keizersgracht", "Oudegracht", "Kerkstraat", "Stationsweg", "Dorpsstraat",
                "Molenweg", "Julianalaan", "Vondelstraat", "Zeestraat", "Lindenlaan", "Prins Hendrikkade"};
        Country.DE.places = new Place[] {
                new Place("Berlin", "Berlin", new String[] {"10", "12", "13"}, "030 "),
                new Place("Hamburg", "Hamburg", new String[] {"20", "22"}, "040 "),
                new Place("Köln", "Nordrhein-Westfalen", new String[] {"50"}, "0221 "),
                new Place("München", "Bayern", new String[] {"80", "81"}, "089 "),
                new Place("Leipzig", "Sachsen", new String[] {"04"}, "0341 "),
        };
        Country.DE.streets = new String[] {"Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
                "Lindenallee", "Kastanienweg", "Bergstraße", "Gartenstraße", "Friedrichstraße", "Am Markt"};
        Country.FR.places = new Place[] {
                new Place("Lyon", "Auvergne-Rhône-Alpes", new String[] {"6900"}, "04 78 "),
                new Place("Nantes", "Pays de la Loire", new String[] {"440"}, "02 40 "),
                new Place("Lille", "Hauts-de-France", new String[] {"590"}, "03 20 "),
                new Place("Bordeaux", "Nouvelle-Aquitaine", new String[] {"330"}, "05 56 "),
                new Place("Paris", "Île-de-France", new String[] {"7501"}, "01 42 "),
        };
        Country.FR.streets = new String[] {"rue de la République", "rue Victor Hugo", "avenue Jean Jaurès",
                "boulevard Voltaire", "rue des Lilas", "place du Marché", "rue Pasteur", "chemin des Vignes"};
        Country.ES.places = new Place[] {
                new Place("Valencia", "Comunidad Valenciana", new String[] {"460"}, "963 "),
                new Place("Sevilla", "Andalucía", new String[] {"410"}, "954 "),
                new Place("Bilbao", "País Vasco", new String[] {"480"}, "944 "),
                new Place("Zaragoza", "Aragón", new String[] {"500"}, "976 "),
        };
        Country.ES.streets = new String[] {"Calle Mayor", "Avenida de la Constitución", "Calle del Carmen",
                "Plaza de España", "Calle San Vicente", "Calle de la Paz", "Paseo del Prado", "Calle Real"};
    }

    static final Country[] COUNTRIES = Country.values();

    static final String[] MAIL_DOMAINS = {"gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com",
            "yahoo.com", "icloud.com", "proton.me", "fastmail.com"};
    static final String[] EMPLOYERS = {"kestrelgroup.com", "larkhill-school.org", "pinewoodclinic.com",
            "tidewaterdesign.co", "northbank-housing.org", "brightlane.io", "meridianhealth.net",
            "oakfield-college.edu", "calderwoodlegal.com", "harbourlight.org", "sablepoint.com", "willowtree-care.org"};
    static final String[] LEGAL = {"Ltd", "Inc.", "B.V.", "GmbH", "SAS", "S.L.", "Pty Ltd"};
    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static Given[] givens(String block) {
        String[] lines = block.strip().split("\n");
        Given[] out = new Given[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].strip().split("\\|");
            String[] nick = f.length > 1 ? f[1].split(",") : new String[0];
            out[i] = new Given(f[0], ascii(f[0]), nick);
        }
        return out;
    }

    private static Family[] families(String block) {
        String[] names = block.replace('\n', ' ').split(",");
        Family[] out = new Family[names.length];
        for (int i = 0; i < names.length; i++) {
            String n = names[i].strip();
            out[i] = new Family(n, ascii(n));
        }
        return out;
    }

    /** Lower-case ASCII letters and digits only: "Søren O'Brien-Ló" becomes "sorenobrienlo". */
    static String ascii(String s) {
        String t = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss").replace("đ", "d").replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void digits(StringBuilder sb, SplittableRandom r, int n) {
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
    }

    /** A mobile number in one of the country's usual spellings; fictional ranges where they exist. */
    static String mobile(Country c, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(20);
        int style = r.nextInt(3);
        switch (c) {
            case UK -> {
                sb.append(style == 0 ? "+44 7700 900" : "07700 900");
                digits(sb, r, 3);
            }
            case IE -> {
                String net = r.nextBoolean() ? "87" : (r.nextBoolean() ? "86" : "85");
                sb.append(style == 0 ? "+353 " + net + " " : "0" + net + " ");
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case US, CA -> {
                String area = c.places[r.nextInt(c.places.length)].landline();
                if (style == 0) {
                    sb.append("+1 ").append(area).append("-555-01");
                } else if (style == 1) {
                    sb.append('(').append(area).append(") 555-01");
                } else {
                    sb.append(area).append(".555.01");
                }
                digits(sb, r, 2);
            }
            case AU -> {
                sb.append(style == 0 ? "+61 491 570 " : "0491 570 ");
                sb.append((char) ('1' + r.nextInt(9)));
                digits(sb, r, 2);
            }
            case NL -> {
                if (style == 0) {
                    sb.append("+31 6 ");
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else if (style == 1) {
                    sb.append("06 ");
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else {
                    sb.append("06");
                    digits(sb, r, 2);
                    sb.append(' ');
                    digits(sb, r, 3);
                    sb.append(' ');
                    digits(sb, r, 3);
                }
            }
            case DE -> {
                String net = r.nextBoolean() ? "151" : (r.nextBoolean() ? "170" : "176");
                if (style == 0) {
                    sb.append("+49 ").append(net).append(' ');
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else {
                    sb.append('0').append(net).append(' ');
                    digits(sb, r, 7);
                }
            }
            case FR -> {
                sb.append(style == 0 ? "+33 " : "0").append(r.nextBoolean() ? '6' : '7');
                for (int i = 0; i < 4; i++) {
                    sb.append(' ');
                    digits(sb, r, 2);
                }
            }
            case ES -> {
                if (style == 0) {
                    sb.append("+34 6");
                } else {
                    sb.append('6');
                }
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 3);
            }
        }
        return sb.toString();
    }

    /** A fixed-line number near the given place. */
    static String landline(Country c, Place p, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(20);
        switch (c) {
            case UK -> {
                sb.append(p.landline());
                digits(sb, r, 3);
            }
            case IE -> {
                sb.append(p.landline());
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case US, CA -> {
                if (r.nextBoolean()) {
                    sb.append('(').append(p.landline()).append(") 555-01");
                } else {
                    sb.append(p.landline()).append("-555-01");
                }
                digits(sb, r, 2);
            }
            case AU -> {
                sb.append(p.landline());
                digits(sb, r, 4);
            }
            case NL -> {
                sb.append(p.landline());
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case DE -> {
                sb.append(p.landline());
                digits(sb, r, 7);
            }
            case FR -> {
                sb.append(p.landline());
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
            }
            case ES -> {
                sb.append(p.landline());
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
            }
        }
        return sb.toString();
    }

    private static String letter(SplittableRandom r) {
        return LETTERS[r.nextInt(LETTERS.length)];
    }

    static String postalCode(Country c, Place p, SplittableRandom r) {
        String prefix = p.postal()[r.nextInt(p.postal().length)];
        StringBuilder sb = new StringBuilder(10).append(prefix);
        switch (c) {
            case UK -> {
                sb.append(' ').append((char) ('1' + r.nextInt(9))).append(letter(r)).append(letter(r));
            }
            case IE -> {
                sb.append(' ').append(letter(r));
                digits(sb, r, 1);
                sb.append(letter(r));
                digits(sb, r, 1);
            }
            case US -> digits(sb, r, 2);
            case CA -> {
                sb.append(' ').append((char) ('1' + r.nextInt(9))).append(letter(r)).append((char) ('1' + r.nextInt(9)));
            }
            case AU -> digits(sb, r, 2);
            case NL -> {
                digits(sb, r, 2);
                sb.append(' ').append(letter(r)).append(letter(r));
            }
            case DE -> digits(sb, r, 3);
            case FR -> digits(sb, r, 5 - prefix.length());
            case ES -> digits(sb, r, 2);
        }
        return sb.toString();
    }

    static String street(Country c, SplittableRandom r) {
        String name = c.streets[r.nextInt(c.streets.length)];
        switch (c) {
            case UK, IE -> {
                int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 240 : 60);
                return r.nextInt(6) == 0 ? "Flat " + (1 + r.nextInt(12)) + ", " + n + " " + name : n + " " + name;
            }
            case US, CA -> {
                int n = 10 + r.nextInt(r.nextBoolean() ? 990 : 8990);
                return r.nextInt(5) == 0 ? n + " " + name + ", Apt " + (1 + r.nextInt(30)) : n + " " + name;
            }
            case AU -> {
                int n = 1 + r.nextInt(180);
                return r.nextInt(4) == 0 ? (1 + r.nextInt(20)) + "/" + n + " " + name : n + " " + name;
            }
            case NL, DE -> {
                int n = 1 + r.nextInt(160);
                if (r.nextInt(6) == 0) {
                    return name + " " + n + (c == Country.NL ? "-" + (1 + r.nextInt(3)) : letterLower(r));
                }
                return name + " " + n;
            }
            case FR -> {
                int n = 1 + r.nextInt(90);
                return (r.nextInt(8) == 0 ? n + " bis " : n + " ") + name;
            }
            default -> {
                int n = 1 + r.nextInt(120);
                return r.nextInt(3) == 0 ? name + ", " + n + ", " + (1 + r.nextInt(6)) + "º " + letter(r) : name + ", " + n;
            }
        }
    }

    private static String letterLower(SplittableRandom r) {
        return r.nextBoolean() ? "a" : "b";
    }

    static Address address(Country c, Place p, SplittableRandom r) {
        return new Address(street(c, r), postalCode(c, p, r), p.city(), p.region(), c.label);
    }

    /** An address for someone: "first.last", "flast", ... at a mail provider or the country's own. */
    static String personalEmail(Given g, Family f, Country c, int birthYear, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(40);
        String first = g.ascii();
        String last = f.ascii();
        switch (r.nextInt(8)) {
            case 0, 1 -> sb.append(first).append('.').append(last);
            case 2 -> sb.append(first).append(last);
            case 3 -> sb.append(first.charAt(0)).append('.').append(last);
            case 4 -> sb.append(first).append('_').append(last).append(10 + r.nextInt(90));
            case 5 -> sb.append(first).append(birthYear > 0 ? birthYear % 100 < 10 ? "0" + birthYear % 100 : String.valueOf(birthYear % 100)
                    : String.valueOf(r.nextInt(100)));
            case 6 -> sb.append(last).append('.').append(first);
            default -> sb.append(first).append('.').append(last.charAt(0));
        }
        sb.append('@').append(r.nextInt(4) == 0 ? c.localMail : MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)]);
        return sb.toString();
    }

    static String workEmail(Given g, Family f, String domain, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(40);
        switch (r.nextInt(4)) {
            case 0, 1 -> sb.append(g.ascii()).append('.').append(f.ascii());
            case 2 -> sb.append(g.ascii().charAt(0)).append(f.ascii());
            default -> sb.append(g.ascii());
        }
        return sb.append('@').append(domain).toString();
    }
}
