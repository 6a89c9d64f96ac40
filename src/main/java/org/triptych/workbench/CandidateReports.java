package org.triptych.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triptych.io.glossary.CsvGlossaryWriter;
import org.triptych.io.glossary.TbxWriter;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Glossary candidates written for a script or a glossary tool: JSON ({@code {"candidates": [{"en", "ar", "ru",
 * "type", "confidence", "count", "units"}]}}), and, as a glossary to load, the project's CSV and TBX-Basic (one
 * concept per candidate, every term admitted, the evidence in its note), as {@code extract-terms} prints them.
 */
public final class CandidateReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CandidateReports() {
    }

    public static String json(List<GlossaryCandidate> candidates) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("candidates");
        for (GlossaryCandidate c : candidates) {
            ObjectNode o = arr.addObject();
            o.put(Language.ENGLISH.code(), c.en());
            o.put(Language.ARABIC.code(), c.ar());
            o.put(Language.RUSSIAN.code(), c.ru());
            o.put("type", c.type().code());
            o.put("confidence", c.confidence());
            o.put("count", c.count());
            ArrayNode u = o.putArray("units");
            c.units().forEach(u::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write candidates as JSON", e);
        }
    }

    /** The candidates as the project's glossary CSV (id,type,en,ar,ru,note), every term admitted. */
    public static String csv(List<GlossaryCandidate> candidates) {
        return new CsvGlossaryWriter().write(glossary(candidates));
    }

    /** The candidates as a glossary to load or hand on: each term admitted, never preferred, until a person decides. */
    public static Glossary glossary(List<GlossaryCandidate> candidates) {
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GlossaryCandidate c : candidates) {
            Map<Language, List<Term>> terms = new LinkedHashMap<>();
            put(terms, Language.ENGLISH, c.en());
            put(terms, Language.ARABIC, c.ar());
            put(terms, Language.RUSSIAN, c.ru());
            String base = "c-" + slug(c.en());
            String id = base;
            for (int k = 2; !ids.add(id); k++) {
                id = base + "-" + k;
            }
            concepts.add(new Concept(id, c.type(), "Proposed by extract-terms: confidence " + c.confidence() + ", "
                    + c.count() + (c.count() == 1 ? " occurrence" : " occurrences") + ", units " + c.units(), terms,
                    "extract-terms"));
        }
        return new Glossary("extract-terms", concepts);
    }

    public static String tbx(List<GlossaryCandidate> candidates) {
        return new TbxWriter().write(glossary(candidates), TbxWriter.Version.V3);
    }

    private static void put(Map<Language, List<Term>> terms, Language l, String text) {
        if (text != null && !text.isBlank()) {
            terms.put(l, List.of(Term.of(text, TermStatus.ADMITTED)));
        }
    }

    private static String slug(String english) {
        String s = Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "candidate" : s;
    }

}
