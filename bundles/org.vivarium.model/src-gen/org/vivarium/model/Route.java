/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A route of administration with the good-practice volume limit for the species.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Route#getCode <em>Code</em>}</li>
 *   <li>{@link org.vivarium.model.Route#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.Route#getMaxVolumeMlPerKg <em>Max Volume Ml Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.Route#getTypicalVolumeMlPerKg <em>Typical Volume Ml Per Kg</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getRoute()
 * @model
 * @generated
 */
public interface Route extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code, e.g. i.p.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.vivarium.model.VivariumPackage#getRoute_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Route#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full name, e.g. intraperitoneal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vivarium.model.VivariumPackage#getRoute_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Route#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Max Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest volume allowed per kg body weight (mL/kg), e.g. 20 for i.p. in mice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Volume Ml Per Kg</em>' attribute.
	 * @see #setMaxVolumeMlPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getRoute_MaxVolumeMlPerKg()
	 * @model
	 * @generated
	 */
	double getMaxVolumeMlPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Route#getMaxVolumeMlPerKg <em>Max Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Volume Ml Per Kg</em>' attribute.
	 * @see #getMaxVolumeMlPerKg()
	 * @generated
	 */
	void setMaxVolumeMlPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Typical Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usual injection volume (mL/kg), e.g. 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Typical Volume Ml Per Kg</em>' attribute.
	 * @see #setTypicalVolumeMlPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getRoute_TypicalVolumeMlPerKg()
	 * @model
	 * @generated
	 */
	double getTypicalVolumeMlPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Route#getTypicalVolumeMlPerKg <em>Typical Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typical Volume Ml Per Kg</em>' attribute.
	 * @see #getTypicalVolumeMlPerKg()
	 * @generated
	 */
	void setTypicalVolumeMlPerKg(double value);

} // Route
