/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Treatment Arm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A treatment arm (group): what each of its animals receives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.TreatmentArm#getCode <em>Code</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#getLabel <em>Label</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#getBlindedCode <em>Blinded Code</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#isControl <em>Control</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#getPlannedN <em>Planned N</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.TreatmentArm#getRegimens <em>Regimens</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getTreatmentArm()
 * @model
 * @generated
 */
public interface TreatmentArm extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code, e.g. KET+BCI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display label, e.g. Ketamine + BCI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Blinded Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coded label shown to blinded scorers, e.g. C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blinded Code</em>' attribute.
	 * @see #setBlindedCode(String)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_BlindedCode()
	 * @model
	 * @generated
	 */
	String getBlindedCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#getBlindedCode <em>Blinded Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blinded Code</em>' attribute.
	 * @see #getBlindedCode()
	 * @generated
	 */
	void setBlindedCode(String value);

	/**
	 * Returns the value of the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the vehicle control arm that treated arms are compared with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' attribute.
	 * @see #setControl(boolean)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_Control()
	 * @model
	 * @generated
	 */
	boolean isControl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#isControl <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' attribute.
	 * @see #isControl()
	 * @generated
	 */
	void setControl(boolean value);

	/**
	 * Returns the value of the '<em><b>Planned N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned number of animals per sex in each cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned N</em>' attribute.
	 * @see #setPlannedN(int)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_PlannedN()
	 * @model
	 * @generated
	 */
	int getPlannedN();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#getPlannedN <em>Planned N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned N</em>' attribute.
	 * @see #getPlannedN()
	 * @generated
	 */
	void setPlannedN(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vivarium.model.TreatmentArm#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Regimens</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.DoseRegimen}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is given, how much and when.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regimens</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getTreatmentArm_Regimens()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoseRegimen> getRegimens();

} // TreatmentArm
