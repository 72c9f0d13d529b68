package app.rapport.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each installer claims the rapport: scheme, so that a rapport://call?number=... link a softphone
 * or a web page opens pops the call. The Windows and macOS installers cannot be built here: this
 * holds their files to what jpackage and the systems read.
 */
class InstallerUrlSchemeTest {
    private static final Path PACKAGING = Path.of("packaging");

    @Test
    void theMacAppsInfoPlistClaimsTheRapportScheme() throws Exception {
        Document plist = xml(PACKAGING.resolve("macos/resources/Info.plist"));
        Element dict = child(plist.getDocumentElement(), "dict");

        Element urlTypes = valueOf(dict, "CFBundleURLTypes");
        assertThat(urlTypes.getTagName()).isEqualTo("array");
        Element urlType = child(urlTypes, "dict");
        assertThat(texts(valueOf(urlType, "CFBundleURLSchemes"), "string")).containsExactly("rapport");
        assertThat(valueOf(urlType, "CFBundleURLName").getTextContent()).isNotBlank();
        // jpackage fills in its own values only where its words stand
        assertThat(valueOf(dict, "CFBundleExecutable").getTextContent()).isEqualTo("DEPLOY_LAUNCHER_NAME");
        assertThat(valueOf(dict, "CFBundleIdentifier").getTextContent()).isEqualTo("DEPLOY_BUNDLE_IDENTIFIER");
        assertThat(Files.readString(PACKAGING.resolve("macos/build.sh"))).contains("--resource-dir packaging/macos/resources");
    }

    @Test
    void theWindowsInstallerRegistersTheRapportSchemeAndInstallsIt() throws Exception {
        Document wix = xml(PACKAGING.resolve("windows/resources/main.wxs"));

        Element scheme = elements(wix, "RegistryKey").stream()
                .filter(key -> "Software\\Classes\\rapport".equals(key.getAttribute("Key"))).findFirst().orElseThrow();
        assertThat(scheme.getAttribute("Root")).as("the machine's or the user's classes, as installed").isEqualTo("HKMU");
        List<Element> values = directValues(scheme);
        assertThat(values).anySatisfy(value -> {
            assertThat(value.getAttribute("Name")).isEqualTo("URL Protocol");
            assertThat(value.getAttribute("Value")).isEmpty();
        });
        Element command = elements(scheme, "RegistryKey").stream()
                .filter(key -> "shell\\open\\command".equals(key.getAttribute("Key"))).findFirst().orElseThrow();
        assertThat(directValues(command)).singleElement().extracting(value -> value.getAttribute("Value"))
                .isEqualTo("\"[INSTALLDIR]Rapport.exe\" \"%1\"");

        Element group = (Element) scheme.getParentNode().getParentNode();
        assertThat(group.getTagName()).isEqualTo("ComponentGroup");
        assertThat(elements(elements(wix, "Feature").get(0), "ComponentGroupRef")).as("the feature installs it")
                .extracting(ref -> ref.getAttribute("Id")).contains(group.getAttribute("Id"), "Files", "Shortcuts");
        assertThat(Files.readString(PACKAGING.resolve("windows/build.ps1"))).contains("--resource-dir 'packaging\\windows\\resources'");
    }

    @Test
    void theLinuxMenuEntryClaimsTheRapportSchemeAndHandsTheLinkOn() throws Exception {
        Properties entry = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("assets/rapport.desktop"))) {
            entry.load(reader);
        }
        assertThat(entry.getProperty("MimeType")).contains("x-scheme-handler/rapport;");
        assertThat(entry.getProperty("Exec")).endsWith(" %u");
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** A plist dict's value: the element after {@code <key>name</key>}. */
    private static Element valueOf(Element dict, String key) {
        List<Element> children = children(dict);
        for (int i = 0; i < children.size() - 1; i++) {
            if (children.get(i).getTagName().equals("key") && children.get(i).getTextContent().equals(key)) {
                return children.get(i + 1);
            }
        }
        throw new AssertionError("no " + key + " in the dict");
    }

    private static Element child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).map(Element::getTextContent).toList();
    }

    private static List<Element> directValues(Element key) {
        return children(key).stream().filter(e -> e.getTagName().equals("RegistryValue")).toList();
    }

    private static List<Element> elements(Document document, String tag) {
        return asList(document.getElementsByTagName(tag));
    }

    private static List<Element> elements(Element element, String tag) {
        return asList(element.getElementsByTagName(tag));
    }

    private static List<Element> asList(NodeList nodes) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
