package org.triptych.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The standards' own checks on what we write, read from {@code ../shared/validators} (never copied into the
 * project): the TMX 1.4b DTD, the XLIFF 2 core and 1.2 schemas, the TBX v3 core RELAX NG schema and the TBX-Basic
 * DCA Schematron. A test calls {@link #folder()}, which skips it with a notice where that folder is absent.
 *
 * <p>RELAX NG (Jing) and Schematron (SchXslt on Saxon-HE) run from jars the build copies to
 * {@code target/validator-lib}, loaded here in a class loader of their own, so Saxon does not become the JAXP
 * transformer of every other test.
 */
public final class StandardValidators {

    private static final Path FOLDER = Path.of("..", "shared", "validators");
    private static final Path JARS = Path.of("target", "validator-lib");
    private static ClassLoader isolated;

    private StandardValidators() {
    }

    /** The validators folder; the calling test is skipped, with the reason, when it is absent. */
    public static Path folder() {
        assumeTrue(Files.isDirectory(FOLDER), "skipped: " + FOLDER.toAbsolutePath().normalize()
                + " is absent, so the standard schemas cannot check this export");
        return FOLDER;
    }

    /** Errors of a TMX file validated against tmx14.dtd (the file names "tmx14.dtd" as its system id). */
    public static List<String> tmxDtdErrors(Path tmx) throws Exception {
        Path dtd = folder().resolve("tmx14.dtd");
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(true);
        XMLReader reader = f.newSAXParser().getXMLReader();
        // only the standard's DTD is ever loaded, whatever the file names
        reader.setEntityResolver((publicId, systemId) -> {
            InputSource in = new InputSource(Files.newInputStream(dtd));
            in.setSystemId(dtd.toUri().toString());
            return in;
        });
        List<String> errors = new ArrayList<>();
        reader.setErrorHandler(collect(errors));
        reader.parse(new InputSource(tmx.toUri().toString()));
        return errors;
    }

    /** Errors of an XML file against a W3C XML Schema of the folder (e.g. "xliff-2.1/xliff_core_2.0.xsd"). */
    public static List<String> xsdErrors(Path xml, String schema) throws Exception {
        Path xsd = folder().resolve(schema);
        Path xmlXsd = folder().resolve("xliff-2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the XLIFF 1.2 schema imports xml.xsd from the W3C site: the local copy instead (as catalog.xml maps it)
        sf.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            if (systemId != null && systemId.startsWith("http")) {
                try {
                    return lsInput(xmlXsd, Files.newInputStream(xmlXsd));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        Validator v = sf.newSchema(xsd.toFile()).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(collect(errors));
        v.validate(new StreamSource(xml.toFile()));
        return errors;
    }

    /** Errors of an XML file against a RELAX NG schema of the folder (Jing). */
    public static List<String> relaxNgErrors(Path xml, String schema) throws Exception {
        Path rng = folder().resolve(schema);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.RELAXNG_NS_URI,
                "com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory", isolatedLoader());
        Validator v = sf.newSchema(rng.toFile()).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(collect(errors));
        v.validate(new StreamSource(xml.toFile()));
        return errors;
    }

    /** The failed assertions (with their location) of an XML file checked by a Schematron schema of the folder. */
    public static List<String> schematronFailures(Path xml, String schema) throws Exception {
        Path sch = folder().resolve(schema);
        ClassLoader loader = isolatedLoader();
        TransformerFactory tf = TransformerFactory.newInstance("net.sf.saxon.TransformerFactoryImpl", loader);
        URL pipeline = loader.getResource("xslt/2.0/pipeline-for-svrl.xsl");
        Templates compiler = tf.newTemplates(new StreamSource(pipeline.openStream(), pipeline.toString()));
        DOMResult compiled = new DOMResult();
        compiler.newTransformer().transform(new StreamSource(sch.toFile()), compiled);
        Templates validator = tf.newTemplates(new javax.xml.transform.dom.DOMSource(compiled.getNode(), sch.toUri().toString()));
        DOMResult svrl = new DOMResult();
        validator.newTransformer().transform(new StreamSource(xml.toFile()), svrl);
        NodeList failed = ((Document) svrl.getNode()).getElementsByTagNameNS("http://purl.oclc.org/dsdl/svrl", "failed-assert");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < failed.getLength(); i++) {
            Element e = (Element) failed.item(i);
            out.add(e.getAttribute("location") + ": " + e.getTextContent().strip());
        }
        return out;
    }

    /** Whether the Schematron and RELAX NG jars were copied by the build; tests skip with a notice if not. */
    public static void assumeValidatorJars() {
        assumeTrue(Files.isDirectory(JARS), "skipped: " + JARS + " is absent (run the build through Maven, which "
                + "copies Jing, Saxon-HE and SchXslt there)");
    }

    private static synchronized ClassLoader isolatedLoader() throws IOException {
        assumeValidatorJars();
        if (isolated == null) {
            List<URL> urls = new ArrayList<>();
            try (Stream<Path> jars = Files.list(JARS)) {
                for (Path j : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(j.toUri().toURL());
                }
            }
            isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return isolated;
    }

    private static ErrorHandler collect(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        };
    }

    private static org.w3c.dom.ls.LSInput lsInput(Path file, InputStream in) {
        try {
            org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0");
            org.w3c.dom.ls.LSInput input = ls.createLSInput();
            input.setByteStream(in);
            input.setSystemId(file.toUri().toString());
            return input;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
