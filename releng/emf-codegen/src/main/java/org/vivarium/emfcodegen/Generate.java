package org.vivarium.emfcodegen;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF generator (the same templates as "Generate Model/Edit Code" in the Eclipse IDE) without Eclipse.
 *
 * <pre>
 * args[0]  path of the .genmodel
 * args[1]  folder that plays the role of the workspace root: platform:/resource/&lt;project&gt;/ maps to &lt;folder&gt;/&lt;project&gt;/
 *          (the genmodel's modelDirectory="/org.vivarium.model/src-gen" lands in bundles/org.vivarium.model/src-gen)
 * args[2]  comma separated project types: model, edit (editor/tests are switched off in the genmodel)
 * </pre>
 */
public final class Generate {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: Generate <model.genmodel> <projects-root> [model,edit]");
        }
        File genmodelFile = new File(args[0]).getCanonicalFile();
        File projectsRoot = new File(args[1]).getCanonicalFile();
        String[] types = (args.length > 2 ? args[2] : "model,edit").split(",");

        // stand-alone EMF: register packages and resource factories that the Eclipse extension registry would provide
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        // platform:/resource/<project>/...  ->  <projectsRoot>/<project>/...
        URIConverter.URI_MAP.put(URI.createURI("platform:/resource/"), URI.createFileURI(projectsRoot.getPath() + "/"));
        // usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore" -> inside the ecore jar
        String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), URI.createURI("jar:" + ecoreJar + "!/"));

        Path rel = projectsRoot.toPath().relativize(genmodelFile.toPath());
        URI genmodelUri = URI.createPlatformResourceURI(rel.toString().replace(File.separatorChar, '/'), true);
        System.out.println("[emf-codegen] genmodel " + genmodelUri + "  (" + genmodelFile + ")");

        ResourceSet rs = new ResourceSetImpl();
        Resource resource = rs.getResource(genmodelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile(); // picks up .ecore changes in memory (the .genmodel file itself is not rewritten)
        Diagnostic modelDiagnostic = genModel.diagnose();
        if (modelDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            print(modelDiagnostic, "  ");
            throw new IllegalStateException("the genmodel has errors, nothing generated");
        }
        for (GenPackage genPackage : genModel.getGenPackages()) { // validate the .ecore like the Ecore editor does
            Diagnostic ecoreDiagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
            if (ecoreDiagnostic.getSeverity() >= Diagnostic.ERROR) {
                print(ecoreDiagnostic, "  ");
                throw new IllegalStateException("the .ecore model has errors, nothing generated");
            }
        }
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.setInput(genModel);
        int worst = Diagnostic.OK;
        for (String type : types) {
            String projectType = switch (type.trim()) {
                case "model" -> GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
                case "edit" -> GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE;
                case "editor" -> GenBaseGeneratorAdapter.EDITOR_PROJECT_TYPE;
                case "tests" -> GenBaseGeneratorAdapter.TESTS_PROJECT_TYPE;
                default -> throw new IllegalArgumentException("unknown project type " + type);
            };
            if (!generator.canGenerate(genModel, projectType)) {
                System.out.println("[emf-codegen] " + type + ": nothing to generate (switched off in the genmodel)");
                continue;
            }
            Diagnostic d = generator.generate(genModel, projectType, new BasicMonitor());
            System.out.println("[emf-codegen] " + type + " -> " + severity(d.getSeverity()));
            print(d, "  ");
            worst = Math.max(worst, d.getSeverity());
        }
        if (worst >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation reported errors (see above)");
        }
    }

    private static void print(Diagnostic d, String indent) {
        if (d.getMessage() != null && d.getSeverity() != Diagnostic.OK) {
            System.out.println(indent + severity(d.getSeverity()) + ": " + d.getMessage());
        }
        for (Diagnostic c : d.getChildren()) {
            print(c, indent + "  ");
        }
    }

    private static String severity(int s) {
        return s >= Diagnostic.ERROR ? "ERROR" : s >= Diagnostic.WARNING ? "WARNING" : s >= Diagnostic.INFO ? "INFO" : "OK";
    }
}
