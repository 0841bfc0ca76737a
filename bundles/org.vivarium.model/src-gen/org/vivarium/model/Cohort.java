/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cohort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A batch of animals that arrive, are dosed and are tested together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Cohort#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getStrain <em>Strain</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getSex <em>Sex</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getArrivalDate <em>Arrival Date</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getTimepointHours <em>Timepoint Hours</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getAnchorDoseTime <em>Anchor Dose Time</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getCages <em>Cages</em>}</li>
 *   <li>{@link org.vivarium.model.Cohort#getAnimals <em>Animals</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getCohort()
 * @model
 * @generated
 */
public interface Cohort extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. Cohort 1 wk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vivarium.model.VivariumPackage#getCohort_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Strain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strain, e.g. C57BL/6J.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strain</em>' attribute.
	 * @see #setStrain(String)
	 * @see org.vivarium.model.VivariumPackage#getCohort_Strain()
	 * @model
	 * @generated
	 */
	String getStrain();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getStrain <em>Strain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strain</em>' attribute.
	 * @see #getStrain()
	 * @generated
	 */
	void setStrain(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sex of the cohort (MIXED for both).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.vivarium.model.Sex
	 * @see #setSex(Sex)
	 * @see org.vivarium.model.VivariumPackage#getCohort_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.vivarium.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplier or colony.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.vivarium.model.VivariumPackage#getCohort_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Arrival Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of arrival in the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrival Date</em>' attribute.
	 * @see #setArrivalDate(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getCohort_ArrivalDate()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getArrivalDate();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getArrivalDate <em>Arrival Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrival Date</em>' attribute.
	 * @see #getArrivalDate()
	 * @generated
	 */
	void setArrivalDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of birth of the cohort's animals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getCohort_BirthDate()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Timepoint Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time since dose (h) this cohort serves when each timepoint has its own cohort; empty when it serves all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timepoint Hours</em>' attribute.
	 * @see #setTimepointHours(Double)
	 * @see org.vivarium.model.VivariumPackage#getCohort_TimepointHours()
	 * @model
	 * @generated
	 */
	Double getTimepointHours();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getTimepointHours <em>Timepoint Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timepoint Hours</em>' attribute.
	 * @see #getTimepointHours()
	 * @generated
	 */
	void setTimepointHours(Double value);

	/**
	 * Returns the value of the '<em><b>Anchor Dose Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this cohort receives the anchor dose; the schedule is relative to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anchor Dose Time</em>' attribute.
	 * @see #setAnchorDoseTime(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getCohort_AnchorDoseTime()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAnchorDoseTime();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cohort#getAnchorDoseTime <em>Anchor Dose Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor Dose Time</em>' attribute.
	 * @see #getAnchorDoseTime()
	 * @generated
	 */
	void setAnchorDoseTime(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Cages</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Cage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cages of this cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cages</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getCohort_Cages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cage> getCages();

	/**
	 * Returns the value of the '<em><b>Animals</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Animal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Animals of this cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animals</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getCohort_Animals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Animal> getAnimals();

} // Cohort
