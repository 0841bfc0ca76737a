/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stock Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of a stock's log other than a dose: waste or disposal (with a witness), a correction or a reconciliation (counted against expected). Entries are only ever added.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.StockEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getAt <em>At</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getBy <em>By</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getWitness <em>Witness</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getCountedMl <em>Counted Ml</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getExpectedMl <em>Expected Ml</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getReason <em>Reason</em>}</li>
 *   <li>{@link org.vivarium.model.StockEntry#getDose <em>Dose</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getStockEntry()
 * @model
 * @generated
 */
public interface StockEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.StockEntryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the entry records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.StockEntryKind
	 * @see #setKind(StockEntryKind)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_Kind()
	 * @model
	 * @generated
	 */
	StockEntryKind getKind();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.StockEntryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StockEntryKind value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_At()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAt();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who witnessed it (required for waste and disposal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Witness</em>' attribute.
	 * @see #setWitness(String)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_Witness()
	 * @model
	 * @generated
	 */
	String getWitness();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getWitness <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Witness</em>' attribute.
	 * @see #getWitness()
	 * @generated
	 */
	void setWitness(String value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Change of the balance (mL): negative for waste and disposal, either sign for a correction, counted minus expected for a reconciliation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #setVolumeMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_VolumeMl()
	 * @model
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Counted Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a reconciliation: the volume counted (mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counted Ml</em>' attribute.
	 * @see #setCountedMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_CountedMl()
	 * @model
	 * @generated
	 */
	double getCountedMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getCountedMl <em>Counted Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counted Ml</em>' attribute.
	 * @see #getCountedMl()
	 * @generated
	 */
	void setCountedMl(double value);

	/**
	 * Returns the value of the '<em><b>Expected Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a reconciliation: the balance the log gave at that time (mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Ml</em>' attribute.
	 * @see #setExpectedMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_ExpectedMl()
	 * @model
	 * @generated
	 */
	double getExpectedMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getExpectedMl <em>Expected Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Ml</em>' attribute.
	 * @see #getExpectedMl()
	 * @generated
	 */
	void setExpectedMl(double value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why (required for corrections, reconciliations with a difference, waste and disposal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Dose</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dose an entry is about (e.g. the rest of a syringe wasted, or a dose&#x27;s amount corrected), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose</em>' reference.
	 * @see #setDose(DosingEvent)
	 * @see org.vivarium.model.VivariumPackage#getStockEntry_Dose()
	 * @model
	 * @generated
	 */
	DosingEvent getDose();

	/**
	 * Sets the value of the '{@link org.vivarium.model.StockEntry#getDose <em>Dose</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose</em>' reference.
	 * @see #getDose()
	 * @generated
	 */
	void setDose(DosingEvent value);

} // StockEntry
