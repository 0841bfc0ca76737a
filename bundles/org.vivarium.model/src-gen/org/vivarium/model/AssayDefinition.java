/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assay Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assay (test) with its measures and the sessions in which it is run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.AssayDefinition#getCode <em>Code</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.vivarium.model.AssayDefinition#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getAssayDefinition()
 * @model
 * @generated
 */
public interface AssayDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code used in files and on the command line, e.g. FST.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssayDefinition#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.AssayKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which standard assay this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.AssayKind
	 * @see #setKind(AssayKind)
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Kind()
	 * @model
	 * @generated
	 */
	AssayKind getKind();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssayDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.AssayKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssayKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. Forced swim test.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssayDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protocol essentials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Protocol()
	 * @model
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssayDefinition#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.ExperimentalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Experimental unit of this assay (CAGE when e.g. sucrose bottles are shared).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.vivarium.model.ExperimentalUnit
	 * @see #setUnit(ExperimentalUnit)
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Unit()
	 * @model
	 * @generated
	 */
	ExperimentalUnit getUnit();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssayDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.vivarium.model.ExperimentalUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(ExperimentalUnit value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.MeasureDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasureDefinition> getMeasures();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.AssaySession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is run, on whom, and the results.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getAssayDefinition_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssaySession> getSessions();

} // AssayDefinition
