/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One value of one measure for one experimental unit (animal or cage) in one session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Measurement#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#getCage <em>Cage</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#isCensored <em>Censored</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#isExcluded <em>Excluded</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#getExclusionReason <em>Exclusion Reason</em>}</li>
 *   <li>{@link org.vivarium.model.Measurement#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends EObject {
	/**
	 * Returns the value of the '<em><b>Animal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The animal measured (when the unit is the animal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animal</em>' reference.
	 * @see #setAnimal(Animal)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Animal()
	 * @model
	 * @generated
	 */
	Animal getAnimal();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getAnimal <em>Animal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Animal</em>' reference.
	 * @see #getAnimal()
	 * @generated
	 */
	void setAnimal(Animal value);

	/**
	 * Returns the value of the '<em><b>Cage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cage measured (when the unit is the cage).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cage</em>' reference.
	 * @see #setCage(Cage)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Cage()
	 * @model
	 * @generated
	 */
	Cage getCage();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getCage <em>Cage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cage</em>' reference.
	 * @see #getCage()
	 * @generated
	 */
	void setCage(Cage value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' reference.
	 * @see #setMeasure(MeasureDefinition)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Measure()
	 * @model required="true"
	 * @generated
	 */
	MeasureDefinition getMeasure();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getMeasure <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(MeasureDefinition value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value, in the measure's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Censored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is a right-censored observation (the event did not happen before the cutoff).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Censored</em>' attribute.
	 * @see #setCensored(boolean)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Censored()
	 * @model
	 * @generated
	 */
	boolean isCensored();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#isCensored <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Censored</em>' attribute.
	 * @see #isCensored()
	 * @generated
	 */
	void setCensored(boolean value);

	/**
	 * Returns the value of the '<em><b>Excluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Excluded from analyses (with a reason).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded</em>' attribute.
	 * @see #setExcluded(boolean)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Excluded()
	 * @model
	 * @generated
	 */
	boolean isExcluded();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#isExcluded <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excluded</em>' attribute.
	 * @see #isExcluded()
	 * @generated
	 */
	void setExcluded(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusion Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it was excluded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion Reason</em>' attribute.
	 * @see #setExclusionReason(String)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_ExclusionReason()
	 * @model
	 * @generated
	 */
	String getExclusionReason();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getExclusionReason <em>Exclusion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusion Reason</em>' attribute.
	 * @see #getExclusionReason()
	 * @generated
	 */
	void setExclusionReason(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value came from: manual, or file!sheet!cell of an import.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.vivarium.model.VivariumPackage#getMeasurement_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Measurement#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // Measurement
