/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dosing Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One administration of a regimen to an animal: scheduled, then given.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.DosingEvent#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getRegimen <em>Regimen</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getScheduledTime <em>Scheduled Time</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getActualTime <em>Actual Time</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getBodyWeightGrams <em>Body Weight Grams</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getNote <em>Note</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getWindowReason <em>Window Reason</em>}</li>
 *   <li>{@link org.vivarium.model.DosingEvent#getStock <em>Stock</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getDosingEvent()
 * @model
 * @generated
 */
public interface DosingEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Animal</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.vivarium.model.Animal#getDosingEvents <em>Dosing Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The animal dosed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animal</em>' container reference.
	 * @see #setAnimal(Animal)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_Animal()
	 * @see org.vivarium.model.Animal#getDosingEvents
	 * @model opposite="dosingEvents"
	 * @generated
	 */
	Animal getAnimal();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getAnimal <em>Animal</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Animal</em>' container reference.
	 * @see #getAnimal()
	 * @generated
	 */
	void setAnimal(Animal value);

	/**
	 * Returns the value of the '<em><b>Regimen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regimen given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regimen</em>' reference.
	 * @see #setRegimen(DoseRegimen)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_Regimen()
	 * @model required="true"
	 * @generated
	 */
	DoseRegimen getRegimen();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getRegimen <em>Regimen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regimen</em>' reference.
	 * @see #getRegimen()
	 * @generated
	 */
	void setRegimen(DoseRegimen value);

	/**
	 * Returns the value of the '<em><b>Scheduled Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled Time</em>' attribute.
	 * @see #setScheduledTime(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_ScheduledTime()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getScheduledTime();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getScheduledTime <em>Scheduled Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled Time</em>' attribute.
	 * @see #getScheduledTime()
	 * @generated
	 */
	void setScheduledTime(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Actual Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was given (empty until given).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Time</em>' attribute.
	 * @see #setActualTime(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_ActualTime()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getActualTime();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getActualTime <em>Actual Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Time</em>' attribute.
	 * @see #getActualTime()
	 * @generated
	 */
	void setActualTime(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Body Weight Grams</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Body weight used for the volume (g).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body Weight Grams</em>' attribute.
	 * @see #setBodyWeightGrams(double)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_BodyWeightGrams()
	 * @model
	 * @generated
	 */
	double getBodyWeightGrams();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getBodyWeightGrams <em>Body Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body Weight Grams</em>' attribute.
	 * @see #getBodyWeightGrams()
	 * @generated
	 */
	void setBodyWeightGrams(double value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume given (mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #setVolumeMl(double)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_VolumeMl()
	 * @model
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who dosed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Window Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the dose was given outside its dosing window (asked for and required then); empty for a dose on time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Reason</em>' attribute.
	 * @see #setWindowReason(String)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_WindowReason()
	 * @model
	 * @generated
	 */
	String getWindowReason();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getWindowReason <em>Window Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Reason</em>' attribute.
	 * @see #getWindowReason()
	 * @generated
	 */
	void setWindowReason(String value);

	/**
	 * Returns the value of the '<em><b>Stock</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bottle or dilution the dose was drawn from (required for a controlled compound); its volume is the amount drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stock</em>' reference.
	 * @see #setStock(Stock)
	 * @see org.vivarium.model.VivariumPackage#getDosingEvent_Stock()
	 * @model
	 * @generated
	 */
	Stock getStock();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DosingEvent#getStock <em>Stock</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock</em>' reference.
	 * @see #getStock()
	 * @generated
	 */
	void setStock(Stock value);

} // DosingEvent
