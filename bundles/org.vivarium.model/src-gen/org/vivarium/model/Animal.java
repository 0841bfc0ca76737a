/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Animal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An animal: identity, housing, allocation, status and its body weight and dosing records.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Animal#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getEarTag <em>Ear Tag</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getBlindCode <em>Blind Code</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getSex <em>Sex</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getGenotype <em>Genotype</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getCage <em>Cage</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getArm <em>Arm</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getStatusDate <em>Status Date</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getStatusReason <em>Status Reason</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getBodyWeights <em>Body Weights</em>}</li>
 *   <li>{@link org.vivarium.model.Animal#getDosingEvents <em>Dosing Events</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getAnimal()
 * @model
 * @generated
 */
public interface Animal extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lab identifier, unique in the study, e.g. M-001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Ear Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ear tag or other physical mark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ear Tag</em>' attribute.
	 * @see #setEarTag(String)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_EarTag()
	 * @model
	 * @generated
	 */
	String getEarTag();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getEarTag <em>Ear Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ear Tag</em>' attribute.
	 * @see #getEarTag()
	 * @generated
	 */
	void setEarTag(String value);

	/**
	 * Returns the value of the '<em><b>Blind Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code shown instead of the identifier to blinded scorers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blind Code</em>' attribute.
	 * @see #setBlindCode(String)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_BlindCode()
	 * @model
	 * @generated
	 */
	String getBlindCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getBlindCode <em>Blind Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blind Code</em>' attribute.
	 * @see #getBlindCode()
	 * @generated
	 */
	void setBlindCode(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.vivarium.model.Sex
	 * @see #setSex(Sex)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.vivarium.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of birth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_DateOfBirth()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Genotype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Genotype, e.g. WT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Genotype</em>' attribute.
	 * @see #setGenotype(String)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Genotype()
	 * @model
	 * @generated
	 */
	String getGenotype();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getGenotype <em>Genotype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Genotype</em>' attribute.
	 * @see #getGenotype()
	 * @generated
	 */
	void setGenotype(String value);

	/**
	 * Returns the value of the '<em><b>Cage</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.vivarium.model.Cage#getAnimals <em>Animals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home cage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cage</em>' reference.
	 * @see #setCage(Cage)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Cage()
	 * @see org.vivarium.model.Cage#getAnimals
	 * @model opposite="animals"
	 * @generated
	 */
	Cage getCage();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getCage <em>Cage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cage</em>' reference.
	 * @see #getCage()
	 * @generated
	 */
	void setCage(Cage value);

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allocated treatment arm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(TreatmentArm)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Arm()
	 * @model
	 * @generated
	 */
	TreatmentArm getArm();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(TreatmentArm value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.AnimalStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the animal still contributes data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.vivarium.model.AnimalStatus
	 * @see #setStatus(AnimalStatus)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_Status()
	 * @model
	 * @generated
	 */
	AnimalStatus getStatus();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.vivarium.model.AnimalStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnimalStatus value);

	/**
	 * Returns the value of the '<em><b>Status Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the status last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Date</em>' attribute.
	 * @see #setStatusDate(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_StatusDate()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getStatusDate();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getStatusDate <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Date</em>' attribute.
	 * @see #getStatusDate()
	 * @generated
	 */
	void setStatusDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why (required for any status other than ACTIVE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Reason</em>' attribute.
	 * @see #setStatusReason(String)
	 * @see org.vivarium.model.VivariumPackage#getAnimal_StatusReason()
	 * @model
	 * @generated
	 */
	String getStatusReason();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Animal#getStatusReason <em>Status Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Reason</em>' attribute.
	 * @see #getStatusReason()
	 * @generated
	 */
	void setStatusReason(String value);

	/**
	 * Returns the value of the '<em><b>Body Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.BodyWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Body weight records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body Weights</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getAnimal_BodyWeights()
	 * @model containment="true"
	 * @generated
	 */
	EList<BodyWeight> getBodyWeights();

	/**
	 * Returns the value of the '<em><b>Dosing Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.DosingEvent}.
	 * It is bidirectional and its opposite is '{@link org.vivarium.model.DosingEvent#getAnimal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Doses scheduled and given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dosing Events</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getAnimal_DosingEvents()
	 * @see org.vivarium.model.DosingEvent#getAnimal
	 * @model opposite="animal" containment="true"
	 * @generated
	 */
	EList<DosingEvent> getDosingEvents();

} // Animal
