/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compound</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A compound (or vehicle) with its stock solution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Compound#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#isPlacebo <em>Placebo</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#isControlledSubstance <em>Controlled Substance</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#getStockConcentrationMgPerMl <em>Stock Concentration Mg Per Ml</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#getVehicle <em>Vehicle</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#getBlindedCode <em>Blinded Code</em>}</li>
 *   <li>{@link org.vivarium.model.Compound#getCumulativeLimitMgPerKg <em>Cumulative Limit Mg Per Kg</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getCompound()
 * @model
 * @generated
 */
public interface Compound extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. Ketamine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vivarium.model.VivariumPackage#getCompound_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Placebo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a vehicle/placebo: its dose is given as a volume per kg, not as mg/kg.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placebo</em>' attribute.
	 * @see #setPlacebo(boolean)
	 * @see org.vivarium.model.VivariumPackage#getCompound_Placebo()
	 * @model
	 * @generated
	 */
	boolean isPlacebo();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#isPlacebo <em>Placebo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placebo</em>' attribute.
	 * @see #isPlacebo()
	 * @generated
	 */
	void setPlacebo(boolean value);

	/**
	 * Returns the value of the '<em><b>Controlled Substance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controlled substance (stock and usage log required), e.g. ketamine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controlled Substance</em>' attribute.
	 * @see #setControlledSubstance(boolean)
	 * @see org.vivarium.model.VivariumPackage#getCompound_ControlledSubstance()
	 * @model
	 * @generated
	 */
	boolean isControlledSubstance();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#isControlledSubstance <em>Controlled Substance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controlled Substance</em>' attribute.
	 * @see #isControlledSubstance()
	 * @generated
	 */
	void setControlledSubstance(boolean value);

	/**
	 * Returns the value of the '<em><b>Stock Concentration Mg Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concentration of the dosing solution (mg/mL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stock Concentration Mg Per Ml</em>' attribute.
	 * @see #setStockConcentrationMgPerMl(double)
	 * @see org.vivarium.model.VivariumPackage#getCompound_StockConcentrationMgPerMl()
	 * @model
	 * @generated
	 */
	double getStockConcentrationMgPerMl();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getStockConcentrationMgPerMl <em>Stock Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock Concentration Mg Per Ml</em>' attribute.
	 * @see #getStockConcentrationMgPerMl()
	 * @generated
	 */
	void setStockConcentrationMgPerMl(double value);

	/**
	 * Returns the value of the '<em><b>Vehicle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solvent of the dosing solution, e.g. 0.9% saline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vehicle</em>' attribute.
	 * @see #setVehicle(String)
	 * @see org.vivarium.model.VivariumPackage#getCompound_Vehicle()
	 * @model
	 * @generated
	 */
	String getVehicle();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getVehicle <em>Vehicle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vehicle</em>' attribute.
	 * @see #getVehicle()
	 * @generated
	 */
	void setVehicle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes, e.g. supplier, lot, mechanism.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vivarium.model.VivariumPackage#getCompound_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Blinded Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coded name shown to dosers and scorers while treatments are coded, e.g. Solution A.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blinded Code</em>' attribute.
	 * @see #setBlindedCode(String)
	 * @see org.vivarium.model.VivariumPackage#getCompound_BlindedCode()
	 * @model
	 * @generated
	 */
	String getBlindedCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getBlindedCode <em>Blinded Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blinded Code</em>' attribute.
	 * @see #getBlindedCode()
	 * @generated
	 */
	void setBlindedCode(String value);

	/**
	 * Returns the value of the '<em><b>Cumulative Limit Mg Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most of this compound one animal may receive over the study (mg/kg, all its doses together); 0 means no cumulative limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cumulative Limit Mg Per Kg</em>' attribute.
	 * @see #setCumulativeLimitMgPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getCompound_CumulativeLimitMgPerKg()
	 * @model
	 * @generated
	 */
	double getCumulativeLimitMgPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Compound#getCumulativeLimitMgPerKg <em>Cumulative Limit Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cumulative Limit Mg Per Kg</em>' attribute.
	 * @see #getCumulativeLimitMgPerKg()
	 * @generated
	 */
	void setCumulativeLimitMgPerKg(double value);

} // Compound
