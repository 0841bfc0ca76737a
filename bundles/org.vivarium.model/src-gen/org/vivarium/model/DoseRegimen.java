/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Regimen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One administration of a compound: dose, route and time relative to the study's anchor dose.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.DoseRegimen#getCompound <em>Compound</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getDoseMgPerKg <em>Dose Mg Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getRoute <em>Route</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getOffsetHours <em>Offset Hours</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getDoseRegimen()
 * @model
 * @generated
 */
public interface DoseRegimen extends EObject {
	/**
	 * Returns the value of the '<em><b>Compound</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The compound given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compound</em>' reference.
	 * @see #setCompound(Compound)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Compound()
	 * @model required="true"
	 * @generated
	 */
	Compound getCompound();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getCompound <em>Compound</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compound</em>' reference.
	 * @see #getCompound()
	 * @generated
	 */
	void setCompound(Compound value);

	/**
	 * Returns the value of the '<em><b>Dose Mg Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dose in mg/kg body weight (0 for a vehicle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Mg Per Kg</em>' attribute.
	 * @see #setDoseMgPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_DoseMgPerKg()
	 * @model
	 * @generated
	 */
	double getDoseMgPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getDoseMgPerKg <em>Dose Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Mg Per Kg</em>' attribute.
	 * @see #getDoseMgPerKg()
	 * @generated
	 */
	void setDoseMgPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Route of administration; its limit bounds the volume.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route</em>' reference.
	 * @see #setRoute(Route)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Route()
	 * @model required="true"
	 * @generated
	 */
	Route getRoute();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getRoute <em>Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Route</em>' reference.
	 * @see #getRoute()
	 * @generated
	 */
	void setRoute(Route value);

	/**
	 * Returns the value of the '<em><b>Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed volume per kg (mL/kg) for vehicles; 0 means dose / stock concentration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml Per Kg</em>' attribute.
	 * @see #setVolumeMlPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_VolumeMlPerKg()
	 * @model
	 * @generated
	 */
	double getVolumeMlPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml Per Kg</em>' attribute.
	 * @see #getVolumeMlPerKg()
	 * @generated
	 */
	void setVolumeMlPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Offset Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of this administration relative to the anchor dose (h); 0 is the anchor dose itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset Hours</em>' attribute.
	 * @see #setOffsetHours(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_OffsetHours()
	 * @model
	 * @generated
	 */
	double getOffsetHours();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getOffsetHours <em>Offset Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset Hours</em>' attribute.
	 * @see #getOffsetHours()
	 * @generated
	 */
	void setOffsetHours(double value);

} // DoseRegimen
