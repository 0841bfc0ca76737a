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
 * A representation of the model object '<em><b>Stock</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bottle or batch of a compound as received, or a dilution made from one: what it is, where it is kept and every amount taken from it (its usage log).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Stock#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getCompound <em>Compound</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getLot <em>Lot</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getConcentrationMgPerMl <em>Concentration Mg Per Ml</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getReceivedAt <em>Received At</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getReceivedBy <em>Received By</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getLocation <em>Location</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getExpiry <em>Expiry</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getSource <em>Source</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getSourceVolumeMl <em>Source Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.Stock#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getStock()
 * @model
 * @generated
 */
public interface Stock extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bottle&#x27;s label, unique in the study, e.g. KET-2026-014.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vivarium.model.VivariumPackage#getStock_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Compound</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The compound it holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compound</em>' reference.
	 * @see #setCompound(Compound)
	 * @see org.vivarium.model.VivariumPackage#getStock_Compound()
	 * @model required="true"
	 * @generated
	 */
	Compound getCompound();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getCompound <em>Compound</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compound</em>' reference.
	 * @see #getCompound()
	 * @generated
	 */
	void setCompound(Compound value);

	/**
	 * Returns the value of the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lot or batch number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lot</em>' attribute.
	 * @see #setLot(String)
	 * @see org.vivarium.model.VivariumPackage#getStock_Lot()
	 * @model
	 * @generated
	 */
	String getLot();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getLot <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lot</em>' attribute.
	 * @see #getLot()
	 * @generated
	 */
	void setLot(String value);

	/**
	 * Returns the value of the '<em><b>Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who supplied it (for a dilution: who made it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supplier</em>' attribute.
	 * @see #setSupplier(String)
	 * @see org.vivarium.model.VivariumPackage#getStock_Supplier()
	 * @model
	 * @generated
	 */
	String getSupplier();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getSupplier <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier</em>' attribute.
	 * @see #getSupplier()
	 * @generated
	 */
	void setSupplier(String value);

	/**
	 * Returns the value of the '<em><b>Concentration Mg Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concentration (mg/mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concentration Mg Per Ml</em>' attribute.
	 * @see #setConcentrationMgPerMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStock_ConcentrationMgPerMl()
	 * @model
	 * @generated
	 */
	double getConcentrationMgPerMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getConcentrationMgPerMl <em>Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concentration Mg Per Ml</em>' attribute.
	 * @see #getConcentrationMgPerMl()
	 * @generated
	 */
	void setConcentrationMgPerMl(double value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume received or made (mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #setVolumeMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStock_VolumeMl()
	 * @model
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Received At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was received (or the dilution made).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received At</em>' attribute.
	 * @see #setReceivedAt(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getStock_ReceivedAt()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getReceivedAt();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getReceivedAt <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received At</em>' attribute.
	 * @see #getReceivedAt()
	 * @generated
	 */
	void setReceivedAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Received By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who received it (or made the dilution).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received By</em>' attribute.
	 * @see #setReceivedBy(String)
	 * @see org.vivarium.model.VivariumPackage#getStock_ReceivedBy()
	 * @model
	 * @generated
	 */
	String getReceivedBy();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getReceivedBy <em>Received By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received By</em>' attribute.
	 * @see #getReceivedBy()
	 * @generated
	 */
	void setReceivedBy(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is stored, e.g. Safe 2, shelf B.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.vivarium.model.VivariumPackage#getStock_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expiry date: no dose may be drawn from it after this day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expiry</em>' attribute.
	 * @see #setExpiry(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getStock_Expiry()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiry();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getExpiry <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry</em>' attribute.
	 * @see #getExpiry()
	 * @generated
	 */
	void setExpiry(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a dilution: the stock it was made from (null for a bottle as received).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Stock)
	 * @see org.vivarium.model.VivariumPackage#getStock_Source()
	 * @model
	 * @generated
	 */
	Stock getSource();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Stock value);

	/**
	 * Returns the value of the '<em><b>Source Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a dilution: the volume of the source used to make it (mL), drawn from the source&#x27;s balance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Volume Ml</em>' attribute.
	 * @see #setSourceVolumeMl(double)
	 * @see org.vivarium.model.VivariumPackage#getStock_SourceVolumeMl()
	 * @model
	 * @generated
	 */
	double getSourceVolumeMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Stock#getSourceVolumeMl <em>Source Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Volume Ml</em>' attribute.
	 * @see #getSourceVolumeMl()
	 * @generated
	 */
	void setSourceVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.StockEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waste, disposal, corrections and reconciliations, oldest first; never changed, only added to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStock_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<StockEntry> getEntries();

} // Stock
