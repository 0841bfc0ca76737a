package org.vivarium.core.tests;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares the study.xmi of a study file, read as plain XML (it knows nothing of the model version it was written
 * with), with a study loaded by the current model, field by field: every element is an object of the same xmi:id,
 * class and place (feature and position in its container's list); every XML attribute is a feature whose value parses
 * to the model's value (ids, dates, numbers, strings, enumeration literals); every reference names the same objects
 * by their xmi:ids; every many-valued attribute has the same values in order. The other way round, every object of
 * the study (measurements aside: they live in measurements.bin) has an element, and every feature the file does not
 * mention is unset - features a newer model added keep their defaults.
 */
final class OldXmiCheck {

    private static final String XMI = "http://www.omg.org/XMI";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** What was compared, and every difference found (empty: the study holds exactly what the file held). */
    record Result(int objects, int values, int references, List<String> differences) {
    }

    private final XMLResource resource;
    private final List<String> differences = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int values;
    private int references;

    private OldXmiCheck(XMLResource resource) {
        this.resource = resource;
    }

    /** Compares the XMI text with the study in the resource. */
    static Result compare(byte[] xmi, XMLResource resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmi)).getDocumentElement();
        OldXmiCheck check = new OldXmiCheck(resource);
        check.element(root, resource.getContents().get(0), "/");
        check.everyObjectHasAnElement();
        return new Result(check.seen.size(), check.values, check.references, check.differences);
    }

    private void element(Element e, EObject o, String path) {
        String id = e.getAttributeNS(XMI, "id");
        String where = path + e.getLocalName() + "[" + id + "]";
        if (!id.equals(resource.getID(o))) {
            differences.add(where + ": the object there has xmi:id " + resource.getID(o));
        }
        if (!seen.add(id)) {
            differences.add(where + ": xmi:id used twice");
        }
        String type = e.getAttributeNS(XSI, "type");
        if (!type.isEmpty() && !type.endsWith(":" + o.eClass().getName())) {
            differences.add(where + ": is a " + o.eClass().getName() + ", the file says " + type);
        }
        EClass c = o.eClass();
        Set<EStructuralFeature> mentioned = new HashSet<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (XMI.equals(a.getNamespaceURI()) || XSI.equals(a.getNamespaceURI())
                    || XMLNS.equals(a.getNamespaceURI())) {
                continue;
            }
            EStructuralFeature f = c.getEStructuralFeature(a.getLocalName());
            if (f == null) {
                differences.add(where + ": " + c.getName() + " has no feature " + a.getLocalName());
                continue;
            }
            mentioned.add(f);
            if (f instanceof EAttribute attribute) {
                value(where, o, attribute, List.of(a.getValue()));
            } else {
                reference(where, o, (EReference) f, a.getValue());
            }
        }
        Map<EStructuralFeature, List<Element>> children = new LinkedHashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                EStructuralFeature f = c.getEStructuralFeature(child.getLocalName());
                if (f == null) {
                    differences.add(where + ": " + c.getName() + " has no feature " + child.getLocalName());
                } else {
                    children.computeIfAbsent(f, k -> new ArrayList<>()).add(child);
                }
            }
        }
        for (Map.Entry<EStructuralFeature, List<Element>> entry : children.entrySet()) {
            EStructuralFeature f = entry.getKey();
            mentioned.add(f);
            if (f instanceof EAttribute attribute) {
                value(where, o, attribute, entry.getValue().stream().map(Element::getTextContent).toList());
            } else if (((EReference) f).isContainment()) {
                contained(where, o, (EReference) f, entry.getValue());
            } else {
                differences.add(where + "/" + f.getName() + ": a reference as an element (href) is not expected");
            }
        }
        for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
            boolean inTheTable = f == Literals.ASSAY_SESSION__MEASUREMENTS; // measurements.bin, see OldTableCheck
            if (!mentioned.contains(f) && !f.isTransient() && !f.isDerived() && !inTheTable
                    && !(f instanceof EReference r && r.isContainer()) && o.eIsSet(f)) {
                differences.add(where + ": " + f.getName() + " is " + o.eGet(f) + ", the file has none (default "
                        + f.getDefaultValue() + ")");
            }
        }
    }

    private void value(String where, EObject o, EAttribute a, List<String> texts) {
        List<Object> expected = texts.stream().map(t -> EcoreUtil.createFromString(a.getEAttributeType(), t)).toList();
        Object v = o.eGet(a);
        List<?> actual = a.isMany() ? (List<?>) v : java.util.Collections.singletonList(v);
        values += texts.size();
        if (!Objects.equals(expected, new ArrayList<>(actual))) {
            differences.add(where + ": " + a.getName() + " is " + actual + ", the file has " + texts);
        }
    }

    private void reference(String where, EObject o, EReference r, String ids) {
        List<String> expected = List.of(ids.trim().split("\\s+"));
        Object v = o.eGet(r);
        List<?> targets = r.isMany() ? (List<?>) v : java.util.Collections.singletonList(v);
        List<String> actual = targets.stream().map(t -> t == null ? null : resource.getID((EObject) t)).toList();
        references += expected.size();
        if (!expected.equals(actual)) {
            differences.add(where + ": " + r.getName() + " refers to " + actual + ", the file to " + expected);
        }
    }

    private void contained(String where, EObject o, EReference r, List<Element> elements) {
        Object v = o.eGet(r);
        List<?> objects = r.isMany() ? (List<?>) v : java.util.Collections.singletonList(v);
        if (objects.size() != elements.size()) {
            differences.add(where + ": " + r.getName() + " holds " + objects.size() + " objects, the file "
                    + elements.size());
        }
        for (int i = 0; i < Math.min(objects.size(), elements.size()); i++) {
            element(elements.get(i), (EObject) objects.get(i), where + "/");
        }
    }

    private void everyObjectHasAnElement() {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Measurement) {
                it.prune();
            } else if (!seen.contains(resource.getID(o))) {
                differences.add(o.eClass().getName() + " " + resource.getID(o) + " is not in the file");
            }
        }
    }
}
