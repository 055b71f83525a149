/*
 * camel-coveo-push: an Apache Camel component that feeds Coveo Cloud Push sources.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelcoveo.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The component's layering: error <- content <- budget <- client <- document / security <- batch / send / fields /
 * confirm <- operations <- the Camel face (the root package), with metrics beneath the layers that report to it. Dependencies
 * point one way, and what the bundle keeps private never shows in a public signature of what it exports.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.camelcoveo.push";
    /** The packages the OSGi bundle does not export (see the bnd instructions in the pom). */
    private static final Set<String> PRIVATE = Set.of(ROOT + ".client", ROOT + ".batch", ROOT + ".send",
            ROOT + ".fields", ROOT + ".confirm", ROOT + ".operations", ROOT + ".metrics");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT);

    @Test
    void layers() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..")
            .layer("Face").definedBy(ROOT)
            .layer("Operations").definedBy(ROOT + ".operations..")
            .layer("Batch").definedBy(ROOT + ".batch..")
            .layer("Send").definedBy(ROOT + ".send..")
            .layer("Fields").definedBy(ROOT + ".fields..")
            .layer("Confirm").definedBy(ROOT + ".confirm..")
            .layer("Document").definedBy(ROOT + ".document..")
            .layer("Security").definedBy(ROOT + ".security..")
            .layer("Client").definedBy(ROOT + ".client..")
            .layer("Budget").definedBy(ROOT + ".budget..")
            .layer("Content").definedBy(ROOT + ".content..")
            .layer("Error").definedBy(ROOT + ".error..")
            .layer("Metrics").definedBy(ROOT + ".metrics..")
            .whereLayer("Face").mayNotBeAccessedByAnyLayer()
            .whereLayer("Operations").mayOnlyBeAccessedByLayers("Face")
            .whereLayer("Batch").mayOnlyBeAccessedByLayers("Operations", "Face")
            .whereLayer("Send").mayOnlyBeAccessedByLayers("Operations", "Face")
            .whereLayer("Fields").mayOnlyBeAccessedByLayers("Operations", "Face")
            .whereLayer("Confirm").mayOnlyBeAccessedByLayers("Operations", "Face")
            .whereLayer("Document").mayOnlyBeAccessedByLayers("Batch", "Send", "Fields", "Operations", "Face")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Document", "Batch", "Send", "Operations", "Face")
            .whereLayer("Client").mayOnlyBeAccessedByLayers("Document", "Security", "Batch", "Send", "Fields",
                    "Confirm", "Operations", "Face")
            .whereLayer("Budget").mayOnlyBeAccessedByLayers("Client", "Document", "Security", "Batch", "Send",
                    "Fields", "Confirm", "Operations", "Face")
            .whereLayer("Content").mayOnlyBeAccessedByLayers("Client", "Document", "Security", "Batch", "Send",
                    "Confirm", "Operations", "Face")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Client", "Batch", "Send", "Operations", "Face");
        rule.check(MAIN);
    }

    @Test
    void noCycles() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
        rule.check(MAIN);
    }

    /** The services behind the producer, and everything below them, are plain Java: Camel stays in the face. */
    @Test
    void camelOnlyInTheFace() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".operations..",
                    ROOT + ".batch..", ROOT + ".send..", ROOT + ".fields..", ROOT + ".confirm..", ROOT + ".document..",
                    ROOT + ".security..", ROOT + ".client..", ROOT + ".budget..", ROOT + ".content..", ROOT + ".metrics..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");
        rule.check(MAIN);
    }

    @Test
    void exportedSignaturesShowNoPrivateType() {
        ArchRule rule = members()
            .that(arePublicInAnExportedPackage())
            .should(new ArchCondition<JavaMember>("show no type of a package the bundle keeps private") {
                @Override
                public void check(JavaMember member, ConditionEvents events) {
                    for (JavaClass type : signatureTypes(member)) {
                        if (PRIVATE.contains(type.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(member, member.getFullName() + " shows "
                                                                             + type.getName()));
                        }
                    }
                }
            }).allowEmptyShould(true);
        rule.check(MAIN);
    }

    private static List<JavaClass> signatureTypes(JavaMember member) {
        List<JavaClass> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.add(field.getRawType());
        } else if (member instanceof JavaCodeUnit code) {
            types.add(code.getRawReturnType());
            types.addAll(code.getRawParameterTypes());
        }
        return types;
    }

    private static DescribedPredicate<JavaMember> arePublicInAnExportedPackage() {
        return DescribedPredicate.describe("are public in an exported package", member ->
                member.getModifiers().contains(JavaModifier.PUBLIC)
                && member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                && member.getOwner().getPackageName().startsWith(ROOT)
                && !PRIVATE.contains(member.getOwner().getPackageName()));
    }
}
