/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Body Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A body weight record.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.BodyWeight#getMeasuredAt <em>Measured At</em>}</li>
 *   <li>{@link org.vivarium.model.BodyWeight#getWeightGrams <em>Weight Grams</em>}</li>
 *   <li>{@link org.vivarium.model.BodyWeight#getOperator <em>Operator</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getBodyWeight()
 * @model
 * @generated
 */
public interface BodyWeight extends EObject {
	/**
	 * Returns the value of the '<em><b>Measured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the animal was weighed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured At</em>' attribute.
	 * @see #setMeasuredAt(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getBodyWeight_MeasuredAt()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getMeasuredAt();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BodyWeight#getMeasuredAt <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured At</em>' attribute.
	 * @see #getMeasuredAt()
	 * @generated
	 */
	void setMeasuredAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Weight Grams</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Body weight (g).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Grams</em>' attribute.
	 * @see #setWeightGrams(double)
	 * @see org.vivarium.model.VivariumPackage#getBodyWeight_WeightGrams()
	 * @model
	 * @generated
	 */
	double getWeightGrams();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BodyWeight#getWeightGrams <em>Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Grams</em>' attribute.
	 * @see #getWeightGrams()
	 * @generated
	 */
	void setWeightGrams(double value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who weighed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.vivarium.model.VivariumPackage#getBodyWeight_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BodyWeight#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

} // BodyWeight
